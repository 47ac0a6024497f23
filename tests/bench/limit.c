/* Copied unchanged from the team's shared benchmark folder: the plain-C yardstick for the engine's speed. */
/* Plain C reference of the article's training loop (tanh hidden layer, softmax output,
 * cross-entropy + L2 weight decay, full-batch gradient descent), used only to time the
 * project's engine against what one core can do. Data: two moons, fixed seed, own RNG.
 * usage: limit HIDDEN EPOCHS [SAMPLES]  -> prints final loss and seconds */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static unsigned long long s = 88172645463325252ULL;
static double uni(void) { s ^= s << 13; s ^= s >> 7; s ^= s << 17; return (s >> 11) * (1.0 / 9007199254740992.0); }
static double gauss(void) { double u = uni() + 1e-300, v = uni(); return sqrt(-2 * log(u)) * cos(2 * M_PI * v); }

int main(int argc, char **argv) {
  int H = argc > 1 ? atoi(argv[1]) : 3, E = argc > 2 ? atoi(argv[2]) : 20000, N = argc > 3 ? atoi(argv[3]) : 200;
  double eps = 0.01, lam = 0.01;
  double *X = malloc(sizeof(double) * N * 2); int *y = malloc(sizeof(int) * N);
  for (int i = 0; i < N; i++) {
    double t = M_PI * (i / 2) / (N / 2 - 1 > 0 ? N / 2 - 1 : 1);
    if (i % 2 == 0) { X[2*i] = cos(t); X[2*i+1] = sin(t); y[i] = 0; }
    else { X[2*i] = 1 - cos(t); X[2*i+1] = 1 - sin(t) - 0.5; y[i] = 1; }
    X[2*i] += 0.2 * gauss(); X[2*i+1] += 0.2 * gauss();
  }
  double *W1 = malloc(sizeof(double) * 2 * H), *b1 = calloc(H, sizeof(double));
  double *W2 = malloc(sizeof(double) * H * 2), b2[2] = {0, 0};
  for (int i = 0; i < 2 * H; i++) W1[i] = gauss() / sqrt(2.0);
  for (int i = 0; i < 2 * H; i++) W2[i] = gauss() / sqrt((double)H);
  double *A = malloc(sizeof(double) * N * H), *D = malloc(sizeof(double) * N * 2);
  double *dW1 = malloc(sizeof(double) * 2 * H), *db1 = malloc(sizeof(double) * H), *dW2 = malloc(sizeof(double) * H * 2);
  struct timespec t0, t1; clock_gettime(CLOCK_MONOTONIC, &t0);
  for (int e = 0; e < E; e++) {
    for (int n = 0; n < N; n++) {
      double z0 = b2[0], z1 = b2[1];
      for (int j = 0; j < H; j++) {
        double a = tanh(X[2*n] * W1[j] + X[2*n+1] * W1[H + j] + b1[j]);
        A[n * H + j] = a; z0 += a * W2[2*j]; z1 += a * W2[2*j+1];
      }
      double m = z0 > z1 ? z0 : z1, e0 = exp(z0 - m), e1 = exp(z1 - m), inv = 1 / (e0 + e1);
      D[2*n] = e0 * inv - (y[n] == 0); D[2*n+1] = e1 * inv - (y[n] == 1);
    }
    for (int i = 0; i < 2 * H; i++) { dW1[i] = 0; dW2[i] = 0; }
    for (int j = 0; j < H; j++) db1[j] = 0;
    double db2[2] = {0, 0};
    for (int n = 0; n < N; n++) {
      db2[0] += D[2*n]; db2[1] += D[2*n+1];
      for (int j = 0; j < H; j++) {
        double a = A[n * H + j];
        dW2[2*j] += a * D[2*n]; dW2[2*j+1] += a * D[2*n+1];
        double d = (D[2*n] * W2[2*j] + D[2*n+1] * W2[2*j+1]) * (1 - a * a);
        dW1[j] += X[2*n] * d; dW1[H + j] += X[2*n+1] * d; db1[j] += d;
      }
    }
    for (int i = 0; i < 2 * H; i++) { W1[i] -= eps * (dW1[i] + lam * W1[i]); W2[i] -= eps * (dW2[i] + lam * W2[i]); }
    for (int j = 0; j < H; j++) b1[j] -= eps * db1[j];
    b2[0] -= eps * db2[0]; b2[1] -= eps * db2[1];
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double loss = 0;
  for (int n = 0; n < N; n++) {
    double z0 = b2[0], z1 = b2[1];
    for (int j = 0; j < H; j++) { double a = tanh(X[2*n] * W1[j] + X[2*n+1] * W1[H + j] + b1[j]); z0 += a * W2[2*j]; z1 += a * W2[2*j+1]; }
    double m = z0 > z1 ? z0 : z1, lse = m + log(exp(z0 - m) + exp(z1 - m));
    loss += lse - (y[n] ? z1 : z0);
  }
  double reg = 0; for (int i = 0; i < 2 * H; i++) reg += W1[i] * W1[i] + W2[i] * W2[i];
  loss = (loss + lam / 2 * reg) / N;
  double sec = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9;
  printf("hidden %d epochs %d samples %d loss %.6f train_seconds %.4f epochs_per_s %.0f\n", H, E, N, loss, sec, E / sec);
  return 0;
}

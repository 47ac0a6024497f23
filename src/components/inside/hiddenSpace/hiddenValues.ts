/**
 * The data, and a grid of the input plane, mapped through the hidden layer on the main thread with the
 * engine's own forward pass (h_j = f(Σ_i w_ij x_i + b1_j)) over the frame's parameters, into buffers kept
 * between frames. Only the units shown are computed for every point (a network of just those units);
 * the whole layer runs over the training points only when some units are not shown, for their means.
 * With many points and units that is the costly part, so while training runs it is redone at most every
 * MEANS_MAX_AGE_MS (the means drift slowly); a paused frame always gets them exact.
 * Values are unit-major as forwardRows writes them, by position among the units shown: h[d·n + r].
 */
import type { Activation } from "../../../engine/activations.ts";
import type { Output } from "../../../engine/losses.ts";
import {
  createLayerValues,
  forwardRows,
  type LayerValues,
  type Network,
  networkFromParams,
  parameterCount,
  parameterViews,
} from "../../../engine/network.ts";
import { inputGrid, outputSeparator, type Separator, unitMeans } from "../../../render/hiddenSpace.ts";
import type { DataMessage, Frame } from "../../../worker/protocol.ts";

/** Grid lines of the input plane per direction, and points along each. */
export const GRID_LINES = 11;
export const GRID_SAMPLES = 33;

/** Hidden values per frame (points × units) above which the means are not recomputed for every frame. */
const MEANS_EVERY_FRAME = 50_000;
const MEANS_MAX_AGE_MS = 500;

/** One set of rows mapped: h[d·n + r] for its n rows and the d-th unit shown. */
export interface Mapped {
  n: number;
  h: Float64Array;
}

export interface HiddenValues {
  /** The units shown, 0-based. */
  shown: readonly number[];
  train: Mapped & { t: Uint8Array };
  test: Mapped & { t: Uint8Array };
  /** 2·GRID_LINES polylines of GRID_SAMPLES points each (inputGrid's order). */
  grid: Mapped;
  /** Over every hidden unit. */
  separator: Separator;
  /** Every unit's mean over the training points (0 for the units shown: not needed). */
  means: Float64Array;
}

type Arch = { activation: Activation; output: Output };

/** The parameters of the network made of only the hidden units `shown` of a network with H. */
function subnetParams(params: Float64Array, H: number, shown: readonly number[]): Float64Array {
  const from = parameterViews(params, H);
  const S = shown.length;
  const sub = new Float64Array(parameterCount(S));
  const to = parameterViews(sub, S);
  shown.forEach((j, d) => {
    to.w[d] = from.w[j]; // w_1j
    to.w[S + d] = from.w[H + j]; // w_2j
    to.b1[d] = from.b1[j];
    to.u[2 * d] = from.u[2 * j];
    to.u[2 * d + 1] = from.u[2 * j + 1];
  });
  to.b2.set(from.b2);
  return sub;
}

/** A mapper with its own buffers (grown when a call needs more); one per view. */
export function createHiddenMapper(): (
  frame: Frame,
  data: DataMessage,
  arch: Arch,
  shown: readonly number[],
) => HiddenValues {
  const buffers = new Map<string, LayerValues>();
  let gridFor: DataMessage | null = null;
  let gridX: Float64Array = new Float64Array(0);
  let means: Float64Array = new Float64Array(0);
  let meansAt = Number.NEGATIVE_INFINITY;
  let meansFor = "";
  const run = (key: string, net: Network, x: Float64Array, n: number): Mapped => {
    let out = buffers.get(key);
    if (!out || out.h.length < n * net.K) {
      out = createLayerValues(net.K, Math.max(n, 1));
      buffers.set(key, out);
    }
    forwardRows(net, x, n, out, "exact");
    return { n, h: out.h };
  };
  return (frame, data, arch, shown) => {
    const H = frame.hiddenUnits;
    const sub = networkFromParams(
      { hiddenUnits: shown.length, activation: arch.activation, output: arch.output },
      subnetParams(frame.params, H, shown),
    );
    if (gridFor !== data) {
      gridFor = data;
      gridX = inputGrid(data.domain, GRID_LINES, GRID_SAMPLES);
    }
    const nTrain = data.train.t.length;
    const now = performance.now();
    const meansKey = `${frame.runId} ${frame.dataId} ${H} ${arch.activation}`;
    const recent =
      frame.status === "running" &&
      nTrain * H > MEANS_EVERY_FRAME &&
      meansKey === meansFor &&
      now - meansAt < MEANS_MAX_AGE_MS;
    if (shown.length < H && !recent) {
      const all = networkFromParams(
        { hiddenUnits: H, activation: arch.activation, output: arch.output },
        frame.params,
      );
      means = unitMeans(run("all", all, data.train.x, nTrain).h, nTrain, H);
      meansAt = now;
      meansFor = meansKey;
    }
    return {
      shown,
      train: { ...run("train", sub, data.train.x, nTrain), t: data.train.t },
      test: { ...run("test", sub, data.test.x, data.test.t.length), t: data.test.t },
      grid: run("grid", sub, gridX, 2 * GRID_LINES * GRID_SAMPLES),
      separator: outputSeparator(frame.params, H, frame.masked),
      means: means.length === H ? means : new Float64Array(H),
    };
  };
}

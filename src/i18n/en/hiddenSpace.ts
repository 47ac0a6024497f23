/** The hidden-space view: the data mapped through the hidden layer. */
export const hiddenSpace = {
  "hiddenSpace.none":
    "With no hidden layer there is no hidden space: the output layer separates the inputs x₁, x₂ themselves, by the straight boundary on the plane.",
  "hiddenSpace.label":
    "The training and test points at their values of the hidden units {units}, and the border where the output layer changes class",
  "hiddenSpace.label3d":
    "The training and test points at their values of the hidden units {units}, in a box you can turn, with the plane where the output layer changes class",
  "hiddenSpace.rotate": "Turn the box: drag it, or focus it and use the arrow keys (Home: the first view).",
  "hiddenSpace.pick.first": "First unit",
  "hiddenSpace.pick.second": "Second unit",
  "hiddenSpace.pick.third": "Third unit",
  "hiddenSpace.pick.none": "none (flat view)",
  "hiddenSpace.threshold": "h₁ = {value}",
  "hiddenSpace.caption.rule":
    "The output layer picks class 1 (blue) where Σⱼ (uⱼ₂ − uⱼ₁) hⱼ + (b2₂ − b2₁) > 0 and class 0 (red) elsewhere: in the hidden units' space the border is flat, a point, a straight line or a plane (drawn black).",
  "hiddenSpace.caption.line":
    "Each point sits at its value of h₁; points are spread up and down by class only so that they do not overlap (class 0 above, class 1 below).",
  "hiddenSpace.caption.grid":
    "Grey curves: the grid lines of the input plane (x₁ or x₂ constant), bent by the hidden layer.",
  "hiddenSpace.caption.held":
    "The other hidden units are held at their mean over the training data: the border drawn is where a point whose other units are average changes class.",
  "hiddenSpace.caption.masked": "Switched off, so the output does not count them: {units}.",
  "hiddenSpace.caption.missed":
    "The border lies outside the box shown: every point shown gets the same class.",
  "hiddenSpace.legend.class0": "class 0 (red)",
  "hiddenSpace.legend.class1": "class 1 (blue)",
  "hiddenSpace.legend.test": "hollow = test point",
} as const;

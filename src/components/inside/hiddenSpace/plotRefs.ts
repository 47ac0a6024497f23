/** The elements of the hidden-space picture that the painter writes into, outside React. */
import { createRef, type RefObject, useState } from "react";

export interface PlotRefs {
  root: RefObject<HTMLDivElement | null>;
  canvas: RefObject<HTMLCanvasElement | null>;
  separator: RefObject<SVGPathElement | null>;
  threshold: RefObject<SVGTextElement | null>;
  xAxis: RefObject<SVGGElement | null>;
  yAxis: RefObject<SVGGElement | null>;
  box: RefObject<SVGPathElement | null>;
  /** The 3-D box's three edges along the axes, from the corner of the lowest values. */
  axes: RefObject<SVGPathElement | null>;
  /** The 3-D axes' names, one per shown unit. */
  axisLabels: RefObject<(SVGTextElement | null)[]>;
  missed: RefObject<HTMLParagraphElement | null>;
}

/** Refs for one picture, the same object for the component's lifetime. */
export function usePlotRefs(): PlotRefs {
  const [refs] = useState<PlotRefs>(() => ({
    root: createRef<HTMLDivElement>(),
    canvas: createRef<HTMLCanvasElement>(),
    separator: createRef<SVGPathElement>(),
    threshold: createRef<SVGTextElement>(),
    xAxis: createRef<SVGGElement>(),
    yAxis: createRef<SVGGElement>(),
    box: createRef<SVGPathElement>(),
    axes: createRef<SVGPathElement>(),
    axisLabels: { current: [] },
    missed: createRef<HTMLParagraphElement>(),
  }));
  return refs;
}

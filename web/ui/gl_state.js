// Answers the WebGL state queries Dear ImGui's OpenGL backend makes on every frame from a copy
// kept here. ImGui reads the scissor box and the blend functions and equations before drawing,
// only to restore them after; the browser does not mirror those in the page, so each such
// getParameter waits for the GPU process to finish all the drawing sent before it. With
// software GL (SwiftShader, as in the headless tests) the frame after a 5 000-event result
// waited 60-170 ms there, on the page's thread.
export function mirrorGlState(gl) {
  const BLEND = [gl.BLEND_SRC_RGB, gl.BLEND_DST_RGB, gl.BLEND_SRC_ALPHA, gl.BLEND_DST_ALPHA];
  const EQUATION = [gl.BLEND_EQUATION_RGB, gl.BLEND_EQUATION_ALPHA];
  const mirrored = new Set([gl.SCISSOR_BOX, ...BLEND, ...EQUATION]);
  const known = new Map();  // pname → value, as getParameter would give it
  const keep = (pnames, values) => pnames.forEach((pname, i) => known.set(pname, values[i]));

  // Every call that changes a mirrored value goes through these (the module calls the
  // context's methods by name, so these own properties take the prototype's place).
  const setters = {
    scissor: (x, y, w, h) => known.set(gl.SCISSOR_BOX, Int32Array.of(x, y, w, h)),
    blendFunc: (src, dst) => keep(BLEND, [src, dst, src, dst]),
    blendFuncSeparate: (...factors) => keep(BLEND, factors),
    blendEquation: (mode) => keep(EQUATION, [mode, mode]),
    blendEquationSeparate: (rgb, alpha) => keep(EQUATION, [rgb, alpha]),
  };
  for (const [name, remember] of Object.entries(setters)) {
    const set = gl[name].bind(gl);
    gl[name] = (...args) => {
      remember(...args);
      set(...args);
    };
  }
  const get = gl.getParameter.bind(gl);
  gl.getParameter = (pname) => {
    if (!mirrored.has(pname)) return get(pname);
    if (!known.has(pname)) known.set(pname, get(pname));  // once: the context's initial value
    return known.get(pname);
  };
}

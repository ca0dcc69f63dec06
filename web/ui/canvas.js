// The timeline canvas: loads the WebAssembly module's page instance (tarikh.js, whose main()
// draws with Dear ImGui into the <canvas>), feeds it the pointer, wheel and keys it gets, and
// tells the page when the user picks an entry. All DOM event decoding happens here; the module
// only sees CSS-pixel coordinates (web/canvas_api.cpp).
import { mirrorGlState } from './gl_state.js';

const FONT_URL = 'data/fonts/DejaVuSans.ttf';
const FONT_PATH = '/fonts/DejaVuSans.ttf';  // where web/main.cpp loads it from

export class TimelineCanvas {
  #M = null;
  #ready;
  onSelect = () => {};

  constructor(canvas) {
    this.canvas = canvas;
    this.#ready = this.#load();
    this.#wire();
  }

  get ready() { return this.#ready; }

  // The module reads window.Module when tarikh.js runs: set it, then add the script.
  #load() {
    return new Promise((resolve, reject) => {
      const M = {
        canvas: this.canvas,
        preRun: [() => {
          // The font goes into the module's file system before main() runs.
          M.addRunDependency('font');
          fetch(FONT_URL)
            .then((response) => {
              if (!response.ok) throw new Error(`${FONT_URL}: HTTP ${response.status}`);
              return response.arrayBuffer();
            })
            .then((bytes) => {
              M.FS.mkdirTree('/fonts');
              M.FS.writeFile(FONT_PATH, new Uint8Array(bytes));
            })
            .catch((error) => console.error('tarikh: font not loaded:', error.message))
            .finally(() => M.removeRunDependency('font'));
        }],
        // Called before main(); main() then creates the GL context, on the same task.
        onRuntimeInitialized: () => queueMicrotask(() => {
          const gl = this.canvas.getContext('webgl2');  // main()'s context: the same object
          if (gl) mirrorGlState(gl);
          this.#M = M;
          resolve();
        }),
        onCanvasSelect: (key) => this.onSelect(key),
        print: (text) => console.log(text),
        printErr: (text) => console.warn(text),
      };
      window.Module = M;
      const script = document.createElement('script');
      script.src = 'tarikh.js';
      script.onerror = () => reject(new Error('tarikh.js did not load'));
      document.head.append(script);
    });
  }

  #call(name, ...args) {
    if (this.#M) this.#M[`_${name}`](...args);
  }

  #callString(name, input) {
    const M = this.#M;
    if (!M) return '';
    const size = M.lengthBytesUTF8(input) + 1;
    const ptr = M._malloc(size);
    try {
      M.stringToUTF8(input, ptr, size);
      return M.UTF8ToString(M[`_${name}`](ptr));
    } finally {
      M._free(ptr);
    }
  }

  // `model`: view_model.js's canvasModel() text. Copied into the module's memory by TextEncoder,
  // natively: Emscripten's stringToUTF8 copies character by character in JavaScript, 10-20 ms
  // for the half million characters of 5 000 events, against 3 ms.
  show(model) {
    const M = this.#M;
    if (!M) return;
    const capacity = model.length * 3 + 1;  // UTF-8 takes at most 3 bytes per UTF-16 unit
    const ptr = M._malloc(capacity);
    try {
      // HEAPU8 is read after malloc, which may have grown (and so replaced) the memory.
      const { written } = new TextEncoder().encodeInto(model, M.HEAPU8.subarray(ptr, ptr + capacity));
      M._tarikh_show(ptr, written);
    } finally {
      M._free(ptr);
    }
  }
  select(key, reveal = true) { this.#call('tarikh_select', key, reveal ? 1 : 0); }
  fit() { this.#call('tarikh_fit'); }
  zoom(factor) { this.#call('tarikh_zoom', -1, factor); }
  setLanes(mode) { this.#call('tarikh_set_lanes', mode === 'actor' ? 1 : 0); }
  setTheme(dark) { this.#call('tarikh_set_theme', dark ? 1 : 0); }
  // Issue 6: views that are restored or presented, the axis's language and Hijri row, and a
  // fresh frame for the PNG export.
  showDays(lo, hi, animate) {
    // The canvas pads a span by 6 % on each side: undo that, so that [lo, hi] is what shows.
    const [middle, half] = [(lo + hi) / 2, (hi - lo) / 2 / 1.12];
    this.#call('tarikh_show_days', middle - half, middle + half, animate ? 1 : 0);
  }
  setAxis(arabic, hijri) { this.#call('tarikh_set_axis', arabic ? 1 : 0, hijri ? 1 : 0); }
  redraw() { this.#call('tarikh_invalidate'); }
  state() { return this.#M ? JSON.parse(this.#M.UTF8ToString(this.#M._tarikh_state())) : null; }
  visualLabel(text) { return this.#callString('tarikh_visual_label', text); }

  #wire() {
    const c = this.canvas;
    const at = (event) => {
      const r = c.getBoundingClientRect();
      return [event.clientX - r.left, event.clientY - r.top];
    };
    // Pointers: one drags (pans in time, scrolls the lanes), two pinch (zoom around their middle).
    const pointers = new Map();
    let dragged = false, pinch = 0;
    c.addEventListener('pointerdown', (event) => {
      c.setPointerCapture(event.pointerId);
      pointers.set(event.pointerId, at(event));
      dragged = false;
      if (pointers.size === 2) pinch = spread();
    });
    const spread = () => {
      const [a, b] = [...pointers.values()];
      return Math.hypot(a[0] - b[0], a[1] - b[1]);
    };
    c.addEventListener('pointermove', (event) => {
      const [x, y] = at(event);
      const last = pointers.get(event.pointerId);
      if (!last) { this.#call('tarikh_pointer_move', x, y); return; }
      pointers.set(event.pointerId, [x, y]);
      if (pointers.size === 2) {
        const now = spread();
        const [a, b] = [...pointers.values()];
        if (pinch > 0) this.#call('tarikh_zoom', (a[0] + b[0]) / 2, now / pinch);
        pinch = now;
        dragged = true;
        return;
      }
      const [dx, dy] = [x - last[0], y - last[1]];
      if (!dragged && Math.hypot(dx, dy) < 3) { pointers.set(event.pointerId, last); return; }
      dragged = true;
      c.classList.add('dragging');
      this.#call('tarikh_pan', dx, dy);
      this.#call('tarikh_pointer_move', x, y);
    });
    const release = (event) => {
      if (!pointers.delete(event.pointerId)) return;
      c.classList.remove('dragging');
      if (event.type === 'pointerup' && !dragged && pointers.size === 0) this.#call('tarikh_click', ...at(event));
      pinch = 0;
    };
    c.addEventListener('pointerup', release);
    c.addEventListener('pointercancel', release);
    c.addEventListener('pointerleave', () => { if (!pointers.size) this.#call('tarikh_pointer_leave'); });
    c.addEventListener('dblclick', (event) => this.#call('tarikh_double_click', ...at(event)));

    // Wheel: zoom around the pointer (a trackpad pinch arrives as a wheel with ctrlKey); a
    // sideways scroll or Shift+wheel pans; lines and pages are turned into pixels.
    c.addEventListener('wheel', (event) => {
      event.preventDefault();
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? c.clientHeight : 1;
      const [dx, dy] = [event.deltaX * unit, event.deltaY * unit];
      const [x] = at(event);
      if (event.shiftKey) this.#call('tarikh_pan', -dy, 0);
      else if (Math.abs(dx) > Math.abs(dy)) this.#call('tarikh_pan', -dx, 0);
      else this.#call('tarikh_zoom', x, Math.exp(-dy * (event.ctrlKey ? 0.01 : 0.0015)));
    }, { passive: false });

    // Keys, when the canvas has the focus.
    c.addEventListener('keydown', (event) => {
      const step = c.clientWidth / 8;
      const actions = {
        ArrowLeft: () => this.#call('tarikh_pan', step, 0),
        ArrowRight: () => this.#call('tarikh_pan', -step, 0),
        ArrowUp: () => this.#call('tarikh_pan', 0, 60),
        ArrowDown: () => this.#call('tarikh_pan', 0, -60),
        '+': () => this.zoom(1.5), '=': () => this.zoom(1.5),
        '-': () => this.zoom(1 / 1.5), _: () => this.zoom(1 / 1.5),
        0: () => this.fit(), Home: () => this.fit(),
      };
      const action = actions[event.key];
      if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
      event.preventDefault();
      action();
    });

    new ResizeObserver(() => this.#call('tarikh_invalidate')).observe(c);
    // Browser zoom changes devicePixelRatio and fires resize: the framebuffer follows.
    window.addEventListener('resize', () => this.#call('tarikh_invalidate'));
  }
}

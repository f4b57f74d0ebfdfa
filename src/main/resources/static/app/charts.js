// Charts with Apache ECharts (SVG renderer: crisp text, light pages). The library is loaded on first use, so that
// views without charts do not wait for it.
let library = null;

/** Starts loading ECharts (once); a view that draws charts calls it first, so that it loads while the data does. */
export function loadCharts() {
  library = library || import('echarts');
  return library;
}

export const PALETTE = ['#2563eb', '#f59e0b', '#16a34a', '#db2777', '#7c3aed', '#0ea5e9', '#dc2626', '#64748b'];
const FONT = 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

/** Draws an option into the container (replacing a previous chart) and keeps it sized with the window. */
export async function chart(container, option) {
  const echarts = await loadCharts();
  const existing = echarts.getInstanceByDom(container);
  if (existing) existing.dispose();
  const instance = echarts.init(container, null, { renderer: 'svg' });
  instance.setOption({ color: PALETTE, textStyle: { fontFamily: FONT }, animation: false, ...option });
  const resize = () => instance.resize();
  window.addEventListener('resize', resize);
  container.chart = instance;
  return instance;
}

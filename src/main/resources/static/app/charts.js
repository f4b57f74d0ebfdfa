// Charts with Apache ECharts (SVG renderer: crisp text, light pages).
import * as echarts from 'echarts';

export const PALETTE = ['#2563eb', '#f59e0b', '#16a34a', '#db2777', '#7c3aed', '#0ea5e9', '#dc2626', '#64748b'];
const FONT = 'system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

/** Draws an option into the container (replacing a previous chart) and keeps it sized with the window. */
export function chart(container, option) {
  const existing = echarts.getInstanceByDom(container);
  if (existing) existing.dispose();
  const instance = echarts.init(container, null, { renderer: 'svg' });
  instance.setOption({ color: PALETTE, textStyle: { fontFamily: FONT }, animation: false, ...option });
  const resize = () => instance.resize();
  window.addEventListener('resize', resize);
  container.chart = instance;
  return instance;
}

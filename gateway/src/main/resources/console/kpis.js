// KPI strip from GET /v1/kpis, with a small trend line per figure kept in the page (the API
// answers as of now; the history is what this console has seen since it opened).

const KEEP = 60;

const FIGURES = [
    { key: 'attainment', label: 'SLA today', value: k => k.response.rate * 100, format: v => v.toFixed(1) + '%' },
    { key: 'response', label: 'First response p50 / p90',
      value: k => k.firstResponseMinutes.p50,
      format: (v, k) => `${k.firstResponseMinutes.p50} / ${k.firstResponseMinutes.p90} min` },
    { key: 'resolution', label: 'Resolution p50 / p90',
      value: k => k.resolutionMinutes.p50,
      format: (v, k) => `${k.resolutionMinutes.p50} / ${k.resolutionMinutes.p90} min` },
    { key: 'backlog', label: 'Backlog P1 P2 P3 P4',
      value: k => Object.values(k.backlog).reduce((a, b) => a + b, 0),
      format: (v, k) => ['P1', 'P2', 'P3', 'P4'].map(p => k.backlog[p] || 0).join(' · ') },
    { key: 'breaches', label: 'Breaches today', value: k => k.breachesToday, format: v => String(v) },
    { key: 'utilisation', label: 'Utilisation', value: k => k.utilisation * 100, format: v => v.toFixed(0) + '%' },
    { key: 'travel', label: 'Planned travel', value: k => k.plannedTravelMinutes, format: v => Math.round(v / 60) + ' h' },
    { key: 'unassigned', label: 'Unassigned', value: k => k.unassigned, format: v => String(v) }
];

export class KpiStrip
{
    constructor(root)
    {
        this.root = root;
        this.history = new Map(FIGURES.map(f => [f.key, []]));
        this.cells = new Map();
        for (const figure of FIGURES)
        {
            const cell = document.createElement('div');
            cell.className = 'kpi';
            cell.dataset.kpi = figure.key;
            cell.innerHTML = '<span class="label"></span><span class="value">–</span><canvas width="96" height="24"></canvas>';
            cell.querySelector('.label').textContent = figure.label;
            root.append(cell);
            this.cells.set(figure.key, cell);
        }
    }

    show(kpis)
    {
        for (const figure of FIGURES)
        {
            const value = figure.value(kpis);
            const history = this.history.get(figure.key);
            history.push(value);
            if (history.length > KEEP)
            {
                history.shift();
            }
            const cell = this.cells.get(figure.key);
            cell.querySelector('.value').textContent = figure.format(value, kpis);
            cell.dataset.value = String(value);
            this.spark(cell.querySelector('canvas'), history);
        }
    }

    spark(canvas, values)
    {
        const g = canvas.getContext('2d');
        g.clearRect(0, 0, canvas.width, canvas.height);
        if (values.length < 2)
        {
            return;
        }
        const min = Math.min(...values);
        const max = Math.max(...values);
        const range = max - min || 1;
        g.strokeStyle = '#7fc8f8';
        g.lineWidth = 1.5;
        g.beginPath();
        values.forEach((v, i) =>
        {
            const px = i / (KEEP - 1) * canvas.width;
            const py = canvas.height - 2 - (v - min) / range * (canvas.height - 4);
            if (i === 0)
            {
                g.moveTo(px, py);
            }
            else
            {
                g.lineTo(px, py);
            }
        });
        g.stroke();
    }
}

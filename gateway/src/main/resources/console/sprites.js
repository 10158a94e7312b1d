// Small pre-drawn images of map markers. Drawing 5,000 markers as copies of a few dozen bitmaps
// costs a quarter of rasterising 5,000 arcs on a software-rendered canvas (measured on chromium
// without a GPU), which is what keeps the map's frames short on a wall screen's PC.

export const STATUS_COLOURS = {
    AVAILABLE: '#2fbf71', EN_ROUTE: '#3a86ff', ON_SITE: '#8e44ad', ON_BREAK: '#f4a261', OFF_SHIFT: '#8d99ae'
};
export const PRIORITY_COLOURS = { P1: '#e63946', P2: '#f77f00', P3: '#e9c46a', P4: '#4ea8de' };
const RING_COLOURS = ['#2fbf71', '#f4a261', '#e63946'];
const BREACHED = '#ff2d55';
/** SLA rings fill in this many steps. */
export const RING_STEPS = 24;

export class Sprites
{
    constructor()
    {
        this.cache = new Map();
        this.size = 0;
        this.ratio = 0;
    }

    /** Forgets the images when the marker size or pixel ratio changed. */
    scale(size, ratio)
    {
        if (size !== this.size || ratio !== this.ratio)
        {
            this.cache.clear();
            this.size = size;
            this.ratio = ratio;
        }
    }

    /** A ticket: priority fill, SLA ring filled to `step` of RING_STEPS, or a cross when breached. */
    ticket(priority, step, breached)
    {
        const key = 't' + priority + (breached ? 'x' : step);
        return this.cache.get(key) || this.make(key, 4.2, (g, c) =>
        {
            const r = this.size * 1.1;
            g.fillStyle = PRIORITY_COLOURS[priority] || '#ccc';
            g.beginPath();
            g.arc(c, c, r, 0, Math.PI * 2);
            g.fill();
            if (breached)
            {
                g.strokeStyle = BREACHED;
                g.lineWidth = Math.max(2, this.size / 2);
                const d = r * 1.9;
                g.beginPath();
                g.moveTo(c - d, c - d);
                g.lineTo(c + d, c + d);
                g.moveTo(c + d, c - d);
                g.lineTo(c - d, c + d);
                g.stroke();
            }
            else if (step > 0)
            {
                const used = step / RING_STEPS;
                g.strokeStyle = RING_COLOURS[used < 0.5 ? 0 : used < 0.8 ? 1 : 2];
                g.lineWidth = Math.max(1.5, this.size / 2.5);
                g.beginPath();
                g.arc(c, c, r + 2, -Math.PI / 2, -Math.PI / 2 + used * Math.PI * 2);
                g.stroke();
            }
        });
    }

    /** An engineer: a triangle in the status colour. */
    engineer(status)
    {
        const key = 'e' + status;
        return this.cache.get(key) || this.make(key, 3, (g, c) =>
        {
            const s = this.size * 1.3;
            g.fillStyle = STATUS_COLOURS[status] || '#ccc';
            g.strokeStyle = '#0f1720';
            g.lineWidth = 1;
            g.beginPath();
            g.moveTo(c, c - s);
            g.lineTo(c + s, c + s * 0.8);
            g.lineTo(c - s, c + s * 0.8);
            g.closePath();
            g.fill();
            g.stroke();
        });
    }

    /** An image `extent` marker sizes wide, drawn about its centre; `half` is its half width in device pixels. */
    make(key, extent, paint)
    {
        const canvas = document.createElement('canvas');
        const css = Math.ceil(this.size * extent + 4);
        canvas.width = canvas.height = Math.ceil(css * this.ratio);
        const g = canvas.getContext('2d');
        g.scale(this.ratio, this.ratio);
        paint(g, css / 2);
        canvas.half = canvas.width / 2;
        this.cache.set(key, canvas);
        return canvas;
    }
}

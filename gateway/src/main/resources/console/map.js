// The map: one canvas, redrawn whole on an animation frame when something changed (and once a
// second so SLA rings fill). Points are batched into one path per colour, so 1,000 engineers and
// 5,000 tickets are a few dozen draw calls, not thousands of DOM nodes.

import { Projection } from './projection.js';

export const STATUS_COLOURS = {
    AVAILABLE: '#2fbf71', EN_ROUTE: '#3a86ff', ON_SITE: '#8e44ad', ON_BREAK: '#f4a261', OFF_SHIFT: '#8d99ae'
};
export const PRIORITY_COLOURS = { P1: '#e63946', P2: '#f77f00', P3: '#e9c46a', P4: '#4ea8de' };
const RING_COLOURS = ['#2fbf71', '#f4a261', '#e63946'];

export class MapView
{
    constructor(canvas, store, onPick)
    {
        this.canvas = canvas;
        this.store = store;
        this.onPick = onPick;
        this.projection = new Projection();
        this.selected = null;
        this.dirty = true;
        this.fitted = false;
        this.lastDrawMs = 0;
        this.frames = 0;
        this.drag = null;
        this.listen();
        new ResizeObserver(() => this.invalidate()).observe(canvas);
        setInterval(() => this.invalidate(), 1000);
        this.loop();
    }

    invalidate()
    {
        this.dirty = true;
    }

    refit()
    {
        const locations = [];
        for (const e of this.store.engineers.values())
        {
            locations.push(e.location || e.home);
        }
        for (const t of this.store.tickets.values())
        {
            locations.push(t.location);
        }
        this.projection.fit(locations);
        this.fitted = locations.length > 0;
        this.invalidate();
    }

    loop()
    {
        requestAnimationFrame(() =>
        {
            if (this.dirty)
            {
                this.dirty = false;
                this.draw();
                this.store.firePainted();
            }
            this.loop();
        });
    }

    draw()
    {
        const started = performance.now();
        const canvas = this.canvas;
        const ratio = window.devicePixelRatio || 1;
        const width = canvas.clientWidth;
        const height = canvas.clientHeight;
        if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio))
        {
            canvas.width = Math.round(width * ratio);
            canvas.height = Math.round(height * ratio);
        }
        this.projection.resize(width, height);
        if (!this.fitted)
        {
            this.refit();
        }
        const g = canvas.getContext('2d');
        g.setTransform(ratio, 0, 0, ratio, 0, 0);
        g.fillStyle = '#0f1720';
        g.fillRect(0, 0, width, height);
        const project = this.projection.projector();
        const size = Math.max(2.5, Math.min(9, 2.5 * Math.sqrt(this.projection.zoom) * Math.sqrt(width / 900)));
        this.drawRoutes(g, project);
        const counts = this.drawTickets(g, project, size);
        this.drawEngineers(g, project, size);
        this.drawSelection(g, project, size);
        this.lastDrawMs = performance.now() - started;
        this.frames++;
        const data = canvas.dataset;
        data.engineers = String(this.store.engineers.size);
        data.tickets = String(this.store.tickets.size);
        data.breached = String(counts.breached);
        data.position = String(this.store.position);
        data.drawMs = this.lastDrawMs.toFixed(2);
    }

    drawRoutes(g, project)
    {
        const byStatus = {};
        const p = { x: 0, y: 0 };
        for (const route of this.store.routes.values())
        {
            const engineer = this.store.engineers.get(route.engineerId);
            if (!engineer || !route.ticketIds || route.ticketIds.length === 0)
            {
                continue;
            }
            const path = byStatus[engineer.status] || (byStatus[engineer.status] = new Path2D());
            project(engineer.location || engineer.home, p);
            path.moveTo(p.x, p.y);
            for (const id of route.ticketIds)
            {
                const ticket = this.store.tickets.get(id);
                if (ticket)
                {
                    project(ticket.location, p);
                    path.lineTo(p.x, p.y);
                }
            }
        }
        g.lineWidth = 1.2;
        g.globalAlpha = 0.55;
        for (const [status, path] of Object.entries(byStatus))
        {
            g.strokeStyle = STATUS_COLOURS[status] || '#ccc';
            g.stroke(path);
        }
        g.globalAlpha = 1;
    }

    drawTickets(g, project, size)
    {
        const fills = {};
        const rings = [new Path2D(), new Path2D(), new Path2D()];
        const breached = new Path2D();
        const p = { x: 0, y: 0 };
        const r = size * 1.1;
        let breachedCount = 0;
        for (const t of this.store.tickets.values())
        {
            project(t.location, p);
            const fill = fills[t.priority] || (fills[t.priority] = new Path2D());
            fill.moveTo(p.x + r, p.y);
            fill.arc(p.x, p.y, r, 0, Math.PI * 2);
            const used = this.store.slaUsed(t);
            if (t.breached)
            {
                breachedCount++;
                breached.moveTo(p.x - r * 1.9, p.y - r * 1.9);
                breached.lineTo(p.x + r * 1.9, p.y + r * 1.9);
                breached.moveTo(p.x + r * 1.9, p.y - r * 1.9);
                breached.lineTo(p.x - r * 1.9, p.y + r * 1.9);
            }
            else if (used > 0)
            {
                const ring = rings[used < 0.5 ? 0 : used < 0.8 ? 1 : 2];
                const start = -Math.PI / 2;
                ring.moveTo(p.x + (r + 2) * Math.cos(start), p.y + (r + 2) * Math.sin(start));
                ring.arc(p.x, p.y, r + 2, start, start + used * Math.PI * 2);
            }
        }
        for (const [priority, path] of Object.entries(fills))
        {
            g.fillStyle = PRIORITY_COLOURS[priority] || '#ccc';
            g.fill(path);
        }
        g.lineWidth = Math.max(1.5, size / 2.5);
        rings.forEach((path, i) =>
        {
            g.strokeStyle = RING_COLOURS[i];
            g.stroke(path);
        });
        g.strokeStyle = '#ff2d55';
        g.lineWidth = Math.max(2, size / 2);
        g.stroke(breached);
        return { breached: breachedCount };
    }

    drawEngineers(g, project, size)
    {
        const byStatus = {};
        const p = { x: 0, y: 0 };
        const s = size * 1.3;
        for (const e of this.store.engineers.values())
        {
            const at = e.location || e.home;
            if (!at)
            {
                continue;
            }
            project(at, p);
            const path = byStatus[e.status] || (byStatus[e.status] = new Path2D());
            path.moveTo(p.x, p.y - s);
            path.lineTo(p.x + s, p.y + s * 0.8);
            path.lineTo(p.x - s, p.y + s * 0.8);
            path.closePath();
        }
        g.lineWidth = 1;
        g.strokeStyle = '#0f1720';
        for (const [status, path] of Object.entries(byStatus))
        {
            g.fillStyle = STATUS_COLOURS[status] || '#ccc';
            g.fill(path);
            g.stroke(path);
        }
    }

    drawSelection(g, project, size)
    {
        const ticket = this.selected && this.store.tickets.get(this.selected);
        if (!ticket)
        {
            return;
        }
        const p = project(ticket.location, { x: 0, y: 0 });
        g.strokeStyle = '#ffffff';
        g.lineWidth = 2;
        g.beginPath();
        g.arc(p.x, p.y, size * 3, 0, Math.PI * 2);
        g.stroke();
    }

    select(ticketId)
    {
        this.selected = ticketId;
        this.invalidate();
    }

    /** The ticket (or else engineer) drawn nearest a point, within a few pixels. */
    pick(x, y)
    {
        const project = this.projection.projector();
        const p = { x: 0, y: 0 };
        let best = null;
        let bestDistance = 12 * 12;
        const consider = (kind, id, location) =>
        {
            if (!location)
            {
                return;
            }
            project(location, p);
            const d = (p.x - x) ** 2 + (p.y - y) ** 2;
            if (d < bestDistance)
            {
                bestDistance = d;
                best = { kind, id };
            }
        };
        for (const t of this.store.tickets.values())
        {
            consider('ticket', t.id, t.location);
        }
        if (!best)
        {
            for (const e of this.store.engineers.values())
            {
                consider('engineer', e.id, e.location || e.home);
            }
        }
        return best;
    }

    listen()
    {
        const canvas = this.canvas;
        canvas.addEventListener('wheel', event =>
        {
            event.preventDefault();
            this.projection.zoomBy(event.deltaY < 0 ? 1.2 : 1 / 1.2, event.offsetX, event.offsetY);
            this.invalidate();
        }, { passive: false });
        canvas.addEventListener('pointerdown', event =>
        {
            this.drag = { x: event.clientX, y: event.clientY, moved: false };
        });
        canvas.addEventListener('pointermove', event =>
        {
            if (this.drag && (event.buttons & 1))
            {
                const dx = event.clientX - this.drag.x;
                const dy = event.clientY - this.drag.y;
                this.drag.moved = this.drag.moved || Math.abs(dx) + Math.abs(dy) > 3;
                this.drag.x = event.clientX;
                this.drag.y = event.clientY;
                this.projection.panBy(dx, dy);
                this.invalidate();
            }
        });
        canvas.addEventListener('pointerup', event =>
        {
            const moved = this.drag && this.drag.moved;
            this.drag = null;
            const picked = moved ? null : this.pick(event.offsetX, event.offsetY);
            if (picked)
            {
                this.onPick(picked);
            }
        });
        canvas.addEventListener('keydown', event =>
        {
            const steps = { ArrowLeft: [60, 0], ArrowRight: [-60, 0], ArrowUp: [0, 60], ArrowDown: [0, -60] };
            if (steps[event.key])
            {
                this.projection.panBy(...steps[event.key]);
            }
            else if (event.key === '+' || event.key === '=')
            {
                this.projection.zoomBy(1.25);
            }
            else if (event.key === '-')
            {
                this.projection.zoomBy(0.8);
            }
            else if (event.key === '0')
            {
                this.projection.reset();
            }
            else
            {
                return;
            }
            event.preventDefault();
            this.invalidate();
        });
    }

    /** Frame cost at the current data: `count` full redraws on successive animation frames. */
    measure(count)
    {
        return new Promise(resolve =>
        {
            const draws = [];
            const intervals = [];
            let last = performance.now();
            const step = () =>
            {
                const now = performance.now();
                intervals.push(now - last);
                last = now;
                this.draw();
                draws.push(this.lastDrawMs);
                if (draws.length < count)
                {
                    requestAnimationFrame(step);
                }
                else
                {
                    resolve({ draws, intervals: intervals.slice(1) });
                }
            };
            requestAnimationFrame(step);
        });
    }
}

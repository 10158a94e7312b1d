// The map: one canvas, redrawn whole on an animation frame when something changed (and once a
// second so SLA rings fill). Routes are one path per status colour and markers are copies of a
// few pre-drawn bitmaps, so 1,000 engineers and 5,000 tickets need no DOM node each.

import { Projection } from './projection.js';
import { Sprites, STATUS_COLOURS, RING_STEPS } from './sprites.js';

/** Status colours mixed halfway into the background: routes read as dimmer than markers without alpha. */
const ROUTE_COLOURS = Object.fromEntries(Object.entries(STATUS_COLOURS).map(([status, colour]) =>
{
    const mix = (i, bg) => Math.round((parseInt(colour.substring(i, i + 2), 16) + bg) / 2).toString(16).padStart(2, '0');
    return [status, '#' + mix(1, 0x0f) + mix(3, 0x17) + mix(5, 0x20)];
}));

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
        this.sprites = new Sprites();
        this.routeLayer = document.createElement('canvas');
        this.routeKey = '';
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
        const size = Math.round(2 * Math.max(2.5, Math.min(9, 2.5 * Math.sqrt(this.projection.zoom) * Math.sqrt(width / 900)))) / 2;
        this.sprites.scale(size, ratio);
        g.setTransform(1, 0, 0, 1, 0, 0);
        this.drawRoutes(project, ratio);
        g.drawImage(this.routeLayer, 0, 0);
        const counts = this.drawTickets(g, project, ratio);
        this.drawEngineers(g, project, ratio);
        g.setTransform(ratio, 0, 0, ratio, 0, 0);
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

    /**
     * Routes go to a layer of their own, redrawn only when a route, a position or the view changed,
     * so the once-a-second redraw for SLA rings copies it. Lines are opaque and one pixel wide: on a
     * software-rendered canvas a translucent path that crosses itself costs ten times as much.
     */
    drawRoutes(project, ratio)
    {
        const layer = this.routeLayer;
        const v = this.projection;
        const key = [this.store.routeVersion, v.zoom, v.panX, v.panY, v.width, v.height, ratio, v.minLat, v.minLon].join();
        if (key === this.routeKey)
        {
            return;
        }
        this.routeKey = key;
        layer.width = this.canvas.width;
        layer.height = this.canvas.height;
        const g = layer.getContext('2d');
        g.setTransform(ratio, 0, 0, ratio, 0, 0);
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
        g.lineWidth = 1;
        for (const [status, path] of Object.entries(byStatus))
        {
            g.strokeStyle = ROUTE_COLOURS[status] || '#445566';
            g.stroke(path);
        }
    }

    /** Markers are bitmaps copied at whole device pixels: no anti-aliased geometry per ticket. */
    drawTickets(g, project, ratio)
    {
        const p = { x: 0, y: 0 };
        let breachedCount = 0;
        for (const t of this.store.tickets.values())
        {
            project(t.location, p);
            const step = t.breached ? 0 : Math.ceil(this.store.slaUsed(t) * RING_STEPS);
            breachedCount += t.breached ? 1 : 0;
            const image = this.sprites.ticket(t.priority, step, t.breached);
            g.drawImage(image, Math.round(p.x * ratio - image.half), Math.round(p.y * ratio - image.half));
        }
        return { breached: breachedCount };
    }

    drawEngineers(g, project, ratio)
    {
        const p = { x: 0, y: 0 };
        for (const e of this.store.engineers.values())
        {
            const at = e.location || e.home;
            if (!at)
            {
                continue;
            }
            project(at, p);
            const image = this.sprites.engineer(e.status);
            g.drawImage(image, Math.round(p.x * ratio - image.half), Math.round(p.y * ratio - image.half));
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

    /** Frame cost at the current data: `count` redraws on successive frames, routes too when asked. */
    measure(count, withRoutes)
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
                if (withRoutes)
                {
                    this.routeKey = '';
                }
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

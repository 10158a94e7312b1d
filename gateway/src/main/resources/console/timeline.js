// Per-engineer timeline (Gantt) on one canvas: travel, work, waiting and breaks along each
// engineer's row; dispatched visits solid, planned ones outlined; a line at engine time now.
// Only the rows in view are drawn, so a thousand engineers scroll like ten.

import { PRIORITY_COLOURS } from './sprites.js';

const ROW = 26;
const LABEL = 130;
const BEFORE = 2 * 3600_000;
const AFTER = 10 * 3600_000;

export class TimelineView
{
    constructor(scroller, canvas, store, onPick)
    {
        this.scroller = scroller;
        this.canvas = canvas;
        this.spacer = scroller.querySelector('.spacer');
        this.store = store;
        this.onPick = onPick;
        this.dirty = true;
        this.bars = [];
        scroller.addEventListener('scroll', () => this.invalidate());
        new ResizeObserver(() => this.invalidate()).observe(scroller);
        canvas.addEventListener('click', event => this.click(event));
        setInterval(() => this.invalidate(), 1000);
        this.loop();
    }

    invalidate()
    {
        this.dirty = true;
    }

    loop()
    {
        requestAnimationFrame(() =>
        {
            if (this.dirty && this.scroller.offsetParent !== null)
            {
                this.dirty = false;
                this.draw();
            }
            this.loop();
        });
    }

    rows()
    {
        return [...this.store.engineers.values()].sort((a, b) => a.id.localeCompare(b.id, undefined, { numeric: true }));
    }

    draw()
    {
        const rows = this.rows();
        this.spacer.style.height = (rows.length * ROW) + 'px';
        const ratio = window.devicePixelRatio || 1;
        const width = this.scroller.clientWidth;
        const height = this.scroller.clientHeight;
        const canvas = this.canvas;
        canvas.style.width = width + 'px';
        canvas.style.height = height + 'px';
        canvas.style.top = this.scroller.scrollTop + 'px';
        if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio))
        {
            canvas.width = Math.round(width * ratio);
            canvas.height = Math.round(height * ratio);
        }
        const g = canvas.getContext('2d');
        g.setTransform(ratio, 0, 0, ratio, 0, 0);
        g.fillStyle = '#111b26';
        g.fillRect(0, 0, width, height);
        const now = this.store.now();
        const from = now - BEFORE;
        const span = BEFORE + AFTER;
        const x = t => LABEL + (t - from) / span * (width - LABEL);
        this.drawHours(g, x, from, height);
        const first = Math.floor(this.scroller.scrollTop / ROW);
        const offset = -(this.scroller.scrollTop % ROW) + 22;
        this.bars = [];
        g.font = '12px system-ui, sans-serif';
        for (let i = first; i < Math.min(rows.length, first + Math.ceil(height / ROW) + 1); i++)
        {
            const y = offset + (i - first) * ROW;
            g.fillStyle = '#dbe7f3';
            g.fillText((rows[i].name || rows[i].id).substring(0, 16), 6, y + 13);
            // Bars start before the window's left edge often (a morning's visits); keep them off the names.
            g.save();
            g.beginPath();
            g.rect(LABEL, 0, width - LABEL, height);
            g.clip();
            this.drawRow(g, x, rows[i], y);
            g.restore();
        }
        g.strokeStyle = '#ff2d55';
        g.lineWidth = 2;
        g.beginPath();
        g.moveTo(x(now), 0);
        g.lineTo(x(now), height);
        g.stroke();
        canvas.dataset.rows = String(rows.length);
        canvas.dataset.bars = String(this.bars.length);
    }

    drawHours(g, x, from, height)
    {
        g.fillStyle = '#9fb3c8';
        g.font = '11px system-ui, sans-serif';
        g.strokeStyle = '#1f2d3a';
        g.lineWidth = 1;
        const hour = 3600_000;
        for (let t = Math.ceil(from / hour) * hour; t < from + BEFORE + AFTER; t += hour)
        {
            g.beginPath();
            g.moveTo(x(t), 14);
            g.lineTo(x(t), height);
            g.stroke();
            g.fillText(new Date(t).toISOString().substring(11, 16), x(t) + 2, 11);
        }
    }

    drawRow(g, x, engineer, y)
    {
        const shift = engineer.shift;
        if (shift)
        {
            g.fillStyle = '#182634';
            g.fillRect(x(Date.parse(shift.start)), y, Math.max(0, x(Date.parse(shift.end)) - x(Date.parse(shift.start))), 18);
            g.fillStyle = '#3d4b59';
            for (const b of shift.breaks || [])
            {
                g.fillRect(x(Date.parse(b.start)), y + 4, x(Date.parse(b.end)) - x(Date.parse(b.start)), 10);
            }
        }
        const route = this.store.routes.get(engineer.id);
        if (!route || !route.stops || route.stops.length === 0)
        {
            return;
        }
        let travelFrom = Date.parse(route.departure);
        for (const stop of route.stops)
        {
            const arrival = Date.parse(stop.arrival);
            const start = Date.parse(stop.start);
            const end = Date.parse(stop.end);
            g.fillStyle = '#5c7c99';
            g.fillRect(x(travelFrom), y + 7, Math.max(1, x(arrival) - x(travelFrom)), 4);
            g.fillStyle = '#2b3b4b';
            g.fillRect(x(arrival), y + 8, Math.max(0, x(start) - x(arrival)), 2);
            const ticket = this.store.tickets.get(stop.ticketId);
            const colour = PRIORITY_COLOURS[ticket ? ticket.priority : 'P4'];
            const left = x(start);
            const barWidth = Math.max(2, x(end) - left);
            if (ticket && (ticket.dispatched || ticket.status !== 'PLANNED'))
            {
                g.fillStyle = colour;
                g.fillRect(left, y + 1, barWidth, 16);
            }
            else
            {
                g.strokeStyle = colour;
                g.lineWidth = 2;
                g.strokeRect(left + 1, y + 2, barWidth - 2, 14);
            }
            if (ticket && ticket.breached)
            {
                g.fillStyle = '#ff2d55';
                g.fillRect(left, y + 15, barWidth, 3);
            }
            if (stop.pinned)
            {
                g.fillStyle = '#ffffff';
                g.fillRect(left, y + 1, 3, 16);
            }
            this.bars.push({ id: stop.ticketId, left, right: left + barWidth, top: y, bottom: y + 18 });
            travelFrom = end;
        }
        if (route.returnAt)
        {
            g.fillStyle = '#5c7c99';
            g.fillRect(x(travelFrom), y + 7, Math.max(1, x(Date.parse(route.returnAt)) - x(travelFrom)), 4);
        }
    }

    click(event)
    {
        const bar = this.bars.find(b => event.offsetX >= b.left && event.offsetX <= b.right
            && event.offsetY >= b.top && event.offsetY <= b.bottom);
        if (bar)
        {
            this.onPick({ kind: 'ticket', id: bar.id });
        }
    }

    /** Scrolls so this engineer's row is in view. */
    show(engineerId)
    {
        const index = this.rows().findIndex(e => e.id === engineerId);
        if (index >= 0)
        {
            this.scroller.scrollTop = Math.max(0, index * ROW - ROW);
            this.invalidate();
        }
    }
}

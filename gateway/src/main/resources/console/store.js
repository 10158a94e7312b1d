// What the console knows: engineers, open tickets and routes, loaded once over REST and then kept
// current by stream events in journal order. Views read it and redraw when `version` moves.

const PLAN_STATUSES = new Set(['NEW', 'PLANNED', 'DISPATCHED']);

export class Store
{
    constructor()
    {
        this.engineers = new Map();
        this.tickets = new Map();
        this.routes = new Map();
        this.position = 0;
        this.version = 0;
        this.routeVersion = 0;
        this.engineTime = 0;
        this.engineTimeAt = performance.now();
        this.listeners = [];
        this.paintWaiters = [];
        this.staleRoutes = new Set();
        this.staleTickets = new Set();
    }

    /** Engine time now, as last reported by the server and carried on by the wall clock. */
    now()
    {
        return this.engineTime + (performance.now() - this.engineTimeAt);
    }

    seeTime(iso)
    {
        const at = typeof iso === 'number' ? iso : Date.parse(iso);
        if (Number.isFinite(at) && at > this.now() - 1000)
        {
            this.engineTime = at;
            this.engineTimeAt = performance.now();
        }
    }

    onChange(listener)
    {
        this.listeners.push(listener);
    }

    changed(what)
    {
        this.version++;
        for (const listener of this.listeners)
        {
            listener(what);
        }
    }

    putEngineer(view)
    {
        const known = this.engineers.get(view.id) || {};
        this.engineers.set(view.id, Object.assign(known, {
            id: view.id, name: view.name, status: view.status, location: view.location || view.home,
            home: view.home, shift: view.shift
        }));
    }

    putTicket(view)
    {
        if (view.status === 'COMPLETED' || view.status === 'CANCELLED')
        {
            this.tickets.delete(view.id);
            return;
        }
        const known = this.tickets.get(view.id) || {};
        const sla = view.sla || known.sla || null;
        this.tickets.set(view.id, Object.assign(known, {
            id: view.id, title: view.title, priority: view.priority, status: view.status, location: view.location,
            region: view.region, engineerId: view.assignment ? view.assignment.engineerId : null,
            dispatched: view.assignment ? view.assignment.dispatched : false,
            pinnedTo: view.pinnedTo, sla, breached: Boolean(known.breached || (sla && sla.breached)),
            unassignedReason: view.unassignedReason
        }));
    }

    putRoute(view)
    {
        this.routeVersion++;
        this.routes.set(view.engineerId, {
            engineerId: view.engineerId, departure: view.departure, returnAt: view.returnAt,
            ticketIds: view.stops.map(s => s.ticketId), stops: view.stops
        });
    }

    putPlan(plan)
    {
        this.routeVersion++;
        this.routes.clear();
        for (const route of plan.routes)
        {
            this.putRoute(route);
        }
        this.seeTime(plan.at);
    }

    /** One stream event; returns true when it changed what is drawn. */
    apply(event)
    {
        if (event.position)
        {
            this.position = Math.max(this.position, event.position);
        }
        this.seeTime(event.at);
        if (/^(plan\.|engineer\.location|ticket\.(created|cancelled))/.test(event.type))
        {
            this.routeVersion++;
        }
        const ticket = event.ticketId ? this.tickets.get(event.ticketId) : null;
        const engineer = event.engineerId ? this.engineers.get(event.engineerId) : null;
        switch (event.type)
        {
            case 'ticket.created':
                this.tickets.set(event.ticketId, Object.assign(ticket || {}, {
                    id: event.ticketId, title: event.title, priority: event.priority, status: 'NEW',
                    location: event.location, region: event.region, engineerId: null, breached: false
                }));
                this.staleTickets.add(event.ticketId);
                return true;
            case 'ticket.updated':
                if (ticket && event.fields && event.fields.includes('pinnedTo'))
                {
                    ticket.pinnedTo = event.pinnedTo || null;
                }
                this.staleTickets.add(event.ticketId);
                return Boolean(ticket);
            case 'ticket.status':
                if (ticket)
                {
                    ticket.status = event.status;
                    if (event.status === 'COMPLETED')
                    {
                        this.tickets.delete(event.ticketId);
                    }
                }
                return Boolean(ticket);
            case 'ticket.cancelled':
                return this.tickets.delete(event.ticketId);
            case 'plan.assigned':
                if (ticket)
                {
                    ticket.engineerId = event.engineerId;
                    ticket.status = PLAN_STATUSES.has(ticket.status) ? 'PLANNED' : ticket.status;
                }
                return Boolean(ticket);
            case 'plan.unassigned':
                if (ticket)
                {
                    ticket.engineerId = null;
                    ticket.unassignedReason = event.reason;
                    ticket.status = PLAN_STATUSES.has(ticket.status) ? 'NEW' : ticket.status;
                }
                return Boolean(ticket);
            case 'plan.dispatched':
                if (ticket)
                {
                    ticket.dispatched = true;
                    ticket.status = 'DISPATCHED';
                }
                return Boolean(ticket);
            case 'plan.changed':
                this.routes.set(event.engineerId, Object.assign(this.routes.get(event.engineerId) || {
                    engineerId: event.engineerId, stops: []
                }, { ticketIds: event.ticketIds }));
                this.staleRoutes.add(event.engineerId);
                return true;
            case 'engineer.updated':
                this.engineers.set(event.engineerId, Object.assign(engineer || { location: null }, {
                    id: event.engineerId, name: event.name, status: event.status
                }));
                return true;
            case 'engineer.location':
                if (engineer)
                {
                    engineer.location = event.location;
                }
                return Boolean(engineer);
            case 'engineer.status':
                if (engineer)
                {
                    engineer.status = event.status;
                }
                return Boolean(engineer);
            case 'sla.breached':
                if (ticket)
                {
                    ticket.breached = true;
                }
                this.staleTickets.add(event.ticketId);
                return Boolean(ticket);
            case 'sla.warning':
            case 'sla.escalated':
                this.staleTickets.add(event.ticketId);
                return false;
            default:
                return false;
        }
    }

    /** Resolves once a frame showing journal position `position` has been painted. */
    painted(position)
    {
        return new Promise(resolve => this.paintWaiters.push({ position, resolve }));
    }

    firePainted()
    {
        const now = performance.now();
        this.paintWaiters = this.paintWaiters.filter(w =>
        {
            if (w.position <= this.position)
            {
                w.resolve(now);
                return false;
            }
            return true;
        });
    }

    /** Where an SLA clock stands now: the last reading carried forward to its deadline. */
    slaUsed(ticket)
    {
        const sla = ticket.sla;
        if (ticket.breached)
        {
            return 1;
        }
        if (!sla || !sla.nextDeadline)
        {
            return 0;
        }
        const clock = sla.response && !sla.response.metAt && !sla.response.breached ? sla.response : sla.resolution;
        const used0 = (clock ? clock.percentUsed : 0) / 100;
        const asOf = Date.parse(sla.asOf);
        const deadline = Date.parse(sla.nextDeadline);
        if (sla.paused || !(deadline > asOf))
        {
            return Math.min(1, used0);
        }
        const fraction = (this.now() - asOf) / (deadline - asOf);
        return Math.max(0, Math.min(1, used0 + fraction * (1 - used0)));
    }
}

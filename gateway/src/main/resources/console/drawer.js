// The ticket drawer: the ticket as GET /v1/tickets/{id} shows it, its timeline of events, why it
// sits where it does and the best other slots, and the dispatcher's actions (pin, unpin, change
// priority, cancel), each one API call; the result comes back to every console over the stream.

export class Drawer
{
    constructor(root, api, store, hooks)
    {
        this.root = root;
        this.api = api;
        this.store = store;
        this.hooks = hooks;
        this.ticketId = null;
        this.opener = null;
        this.loading = 0;
        const $ = selector => root.querySelector(selector);
        this.el = {
            title: $('#drawer-title'), details: $('#drawer-details'), events: $('#drawer-events'),
            explanation: $('#drawer-explanation'), alternatives: $('#drawer-alternatives'), status: $('#drawer-status'),
            pinInput: $('#pin-engineer'), priority: $('#priority-select'), cancel: $('#cancel-ticket')
        };
        $('#drawer-close').addEventListener('click', () => this.close());
        $('#pin-form').addEventListener('submit', event =>
        {
            event.preventDefault();
            this.act('pin', () => this.api.call('PUT', this.path('/pin'), { engineerId: this.el.pinInput.value.trim() }));
        });
        $('#unpin-ticket').addEventListener('click', () => this.act('unpin', () => this.api.call('DELETE', this.path('/pin'))));
        $('#priority-form').addEventListener('submit', event =>
        {
            event.preventDefault();
            this.act('priority', () => this.api.call('PATCH', this.path(''), { priority: this.el.priority.value }));
        });
        this.el.cancel.addEventListener('click', () => this.cancel());
        root.addEventListener('keydown', event =>
        {
            if (event.key === 'Escape')
            {
                event.preventDefault();
                this.close();
            }
        });
    }

    path(tail)
    {
        return '/v1/tickets/' + encodeURIComponent(this.ticketId) + tail;
    }

    async open(ticketId)
    {
        if (!this.isOpen())
        {
            this.opener = document.activeElement;
        }
        this.ticketId = ticketId;
        this.root.hidden = false;
        this.root.dataset.ticketId = ticketId;
        this.el.cancel.dataset.armed = '';
        this.el.cancel.textContent = 'Cancel ticket';
        this.el.title.textContent = ticketId;
        this.say('');
        this.hooks.selected(ticketId);
        this.el.title.focus();
        await this.refresh(true);
    }

    isOpen()
    {
        return !this.root.hidden;
    }

    close()
    {
        this.root.hidden = true;
        this.ticketId = null;
        delete this.root.dataset.ticketId;
        this.hooks.selected(null);
        if (this.opener && this.opener.isConnected)
        {
            this.opener.focus();
        }
    }

    /** Reloads what the drawer shows; the explanation only when asked, as it runs the solver. */
    async refresh(withAdvice)
    {
        const id = this.ticketId;
        if (!id)
        {
            return;
        }
        const load = ++this.loading;
        try
        {
            const [ticket, timeline] = await Promise.all([this.api.get(this.path('')), this.api.get(this.path('/events'))]);
            if (load !== this.loading || id !== this.ticketId)
            {
                return;
            }
            this.showTicket(ticket);
            this.showEvents(timeline.events);
            if (withAdvice)
            {
                this.showAdvice(id);
            }
        }
        catch (error)
        {
            this.say(error.message);
        }
    }

    showTicket(t)
    {
        this.el.title.textContent = `${t.id} · ${t.title}`;
        const a = t.assignment;
        const sla = t.sla || {};
        const rows = [
            ['Status', t.status], ['Priority', t.priority], ['Region', t.region || '–'],
            ['Engineer', a ? `${a.engineerId} ${a.dispatched ? '(dispatched)' : '(planned)'}` : (t.unassignedReason || 'unassigned')],
            ['Visit', a ? `${a.start.substring(11, 16)}–${a.end.substring(11, 16)}` : '–'],
            ['Pinned to', t.pinnedTo || '–'],
            ['SLA', `${sla.policy || '–'} · next ${sla.nextDeadline || '–'}${sla.breached ? ' · BREACHED' : ''}`],
            ['Escalation step', String(sla.escalationStep || 0)]
        ];
        this.el.details.replaceChildren(...rows.flatMap(([k, v]) =>
        {
            const dt = document.createElement('dt');
            dt.textContent = k;
            const dd = document.createElement('dd');
            dd.textContent = v;
            return [dt, dd];
        }));
        this.root.dataset.status = t.status;
        this.root.dataset.engineer = a ? a.engineerId : '';
        this.root.dataset.pinnedTo = t.pinnedTo || '';
        this.root.dataset.priority = t.priority;
        this.root.dataset.breached = String(Boolean(sla.breached));
        this.el.priority.value = t.priority;
        if (!this.el.pinInput.value || document.activeElement !== this.el.pinInput)
        {
            this.el.pinInput.value = t.pinnedTo || (a ? a.engineerId : '');
        }
        this.store.putTicket(t);
    }

    showEvents(events)
    {
        this.el.events.replaceChildren(...events.slice(-30).map(e =>
        {
            const li = document.createElement('li');
            const detail = e.engineerId ? ' ' + e.engineerId : e.status ? ' ' + e.status : e.clock ? ' ' + e.clock : '';
            li.textContent = `${String(e.at).substring(11, 19)} ${e.type}${detail}`;
            return li;
        }));
    }

    async showAdvice(id)
    {
        this.el.explanation.textContent = 'Weighing…';
        this.el.alternatives.replaceChildren();
        try
        {
            const explanation = await this.api.get(this.path('/explanation'));
            if (id !== this.ticketId)
            {
                return;
            }
            const current = explanation.current;
            this.el.explanation.textContent = current
                ? `On ${current.engineerId} at stop ${current.position + 1}, arriving ${current.arrival.substring(11, 16)}.`
                : 'Not on any route.';
            this.el.alternatives.replaceChildren(...explanation.alternatives.slice(0, 5).map(alt =>
            {
                const li = document.createElement('li');
                const button = document.createElement('button');
                button.type = 'button';
                button.textContent = `Pin to ${alt.slot.engineerId} (${alt.scoreDifference})`;
                button.addEventListener('click', () =>
                {
                    this.el.pinInput.value = alt.slot.engineerId;
                    this.act('pin', () => this.api.call('PUT', this.path('/pin'), { engineerId: alt.slot.engineerId }));
                });
                li.append(button);
                return li;
            }));
        }
        catch (error)
        {
            this.el.explanation.textContent = error.status === 404 ? 'No engineers to weigh.' : error.message;
        }
    }

    cancel()
    {
        if (!this.el.cancel.dataset.armed)
        {
            this.el.cancel.dataset.armed = 'yes';
            this.el.cancel.textContent = 'Press again to cancel';
            return;
        }
        this.act('cancel', () => this.api.call('DELETE', this.path('')));
    }

    async act(name, call)
    {
        this.say(name + '…');
        const started = performance.now();
        try
        {
            const ticket = await call();
            this.hooks.acted(name, ticket, started);
            this.say(`${name}: done`);
            this.showTicket(ticket);
        }
        catch (error)
        {
            const fields = error.problem && error.problem.errors
                ? ' (' + error.problem.errors.map(e => `${e.field}: ${e.message}`).join('; ') + ')' : '';
            this.say(`${name} failed: ${error.message}${fields}`);
        }
    }

    say(text)
    {
        this.el.status.textContent = text;
    }
}

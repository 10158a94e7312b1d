// SLA risk board: open tickets by time to their next deadline (GET /v1/sla/at-risk) with policy,
// percent used and escalation step; and the breached tickets the console knows of. Each entry is
// a button, so a dispatcher can Tab to one and press Enter to open its drawer.

const SHOWN = 40;

export class BoardView
{
    constructor(riskList, breachedList, store, onOpen)
    {
        this.riskList = riskList;
        this.breachedList = breachedList;
        this.store = store;
        this.onOpen = onOpen;
        this.risk = [];
    }

    setRisk(list)
    {
        this.risk = list.tickets;
        this.store.seeTime(list.asOf);
        this.render();
    }

    render()
    {
        this.fill(this.riskList, this.risk.slice(0, SHOWN).map(r =>
        {
            const ticket = this.store.tickets.get(r.id);
            return {
                id: r.id, priority: r.priority,
                text: `${r.policy} · ${r.clock} ${Math.round(r.percentUsed)}% · ${this.left(r.deadline)}`
                    + (ticket && ticket.sla && ticket.sla.escalationStep > 0 ? ` · step ${ticket.sla.escalationStep}` : ''),
                percent: r.percentUsed
            };
        }));
        const breached = [...this.store.tickets.values()].filter(t => t.breached)
            .sort((a, b) => a.id.localeCompare(b.id, undefined, { numeric: true }));
        this.breachedList.dataset.count = String(breached.length);
        this.fill(this.breachedList, breached.slice(0, SHOWN).map(t => ({
            id: t.id, priority: t.priority, percent: 100,
            text: `${t.title || ''} · ${t.sla ? t.sla.policy : ''}`
                + (t.sla && t.sla.escalationStep > 0 ? ` · step ${t.sla.escalationStep}` : '')
        })));
    }

    left(deadline)
    {
        const minutes = Math.round((Date.parse(deadline) - this.store.now()) / 60000);
        return minutes >= 0 ? `${minutes} min left` : `${-minutes} min over`;
    }

    /** Rebuilds a short list, keeping focus on the same ticket when it is still there. */
    fill(list, entries)
    {
        const focused = document.activeElement && list.contains(document.activeElement)
            ? document.activeElement.dataset.ticketId : null;
        list.replaceChildren(...entries.map(entry =>
        {
            const item = document.createElement('li');
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'ticket-entry ' + entry.priority;
            button.dataset.ticketId = entry.id;
            const bar = document.createElement('span');
            bar.className = 'used';
            bar.style.width = Math.min(100, entry.percent) + '%';
            const id = document.createElement('strong');
            id.textContent = `${entry.id} ${entry.priority}`;
            const text = document.createElement('span');
            text.textContent = entry.text;
            button.append(bar, id, text);
            button.addEventListener('click', () => this.onOpen(entry.id));
            item.append(button);
            return item;
        }));
        if (focused)
        {
            const again = list.querySelector(`[data-ticket-id="${CSS.escape(focused)}"]`);
            if (again)
            {
                again.focus();
            }
        }
    }
}

// The console's wiring: log in with an API key (kept in this tab's session storage), load the
// engineers, open tickets and plan over REST, then follow the stream from the journal position the
// load started at. Everything here is a public API call; nothing reaches the server another way.

import { Api, ApiError } from './api.js';
import { Store } from './store.js';
import { Stream } from './stream.js';
import { MapView } from './map.js';
import { TimelineView } from './timeline.js';
import { BoardView } from './board.js';
import { KpiStrip } from './kpis.js';
import { Drawer } from './drawer.js';
import { NewTicket } from './newticket.js';

const KEY = 'kairos.apiKey';
const OPEN = 'NEW,PLANNED,DISPATCHED,ACCEPTED,EN_ROUTE,ON_SITE,WAITING_CUSTOMER,WAITING_PARTS';
const $ = id => document.getElementById(id);

const consoleState = { latencies: [], loaded: false, reloads: 0 };
window.kairosConsole = consoleState;

function showLogin(message)
{
    $('app').hidden = true;
    $('login').hidden = false;
    $('login-error').textContent = message || '';
    $('api-key').focus();
}

async function login(key)
{
    const api = new Api(key);
    try
    {
        await api.get('/v1/kpis');
    }
    catch (error)
    {
        sessionStorage.removeItem(KEY);
        showLogin(error instanceof ApiError && error.status === 401 ? 'That key is not known to this server.' : error.message);
        return;
    }
    sessionStorage.setItem(KEY, key);
    $('login').hidden = true;
    $('app').hidden = false;
    start(api);
}

function start(api)
{
    const store = new Store();
    const timers = [];
    let stream = null;
    const open = id => drawer.open(id);
    const pick = picked =>
    {
        if (picked.kind === 'ticket')
        {
            open(picked.id);
        }
        else
        {
            timeline.show(picked.id);
        }
    };
    const map = new MapView($('map'), store, pick);
    const timeline = new TimelineView($('timeline-scroll'), $('timeline'), store, pick);
    const board = new BoardView($('risk-list'), $('breached-list'), store, open);
    const kpis = new KpiStrip($('kpis'));
    const drawer = new Drawer($('drawer'), api, store, {
        selected: id => map.select(id),
        acted: (name, ticket, started) => measureAction(name, ticket, started)
    });

    const redraw = () =>
    {
        map.invalidate();
        timeline.invalidate();
        board.render();
    };

    async function load()
    {
        const position = await api.position();
        const [engineers, tickets, plan] = await Promise.all([
            api.all('/v1/engineers'), api.all('/v1/tickets?status=' + OPEN), api.get('/v1/plan')]);
        store.engineers.clear();
        store.tickets.clear();
        engineers.forEach(e => store.putEngineer(e));
        tickets.forEach(t => store.putTicket(t));
        store.putPlan(plan);
        store.position = position;
        map.refit();
        redraw();
        consoleState.loaded = true;
    }

    const handlers = {
        event: event =>
        {
            const changed = store.apply(event);
            if (changed || store.paintWaiters.length)
            {
                map.invalidate();
                timeline.invalidate();
                scheduleBoard();
            }
            if (event.type.startsWith('sla.'))
            {
                scheduleRisk();
            }
            if (!event.type.startsWith('engineer.location'))
            {
                scheduleKpis();
            }
            if (drawer.isOpen() && event.ticketId === drawer.ticketId)
            {
                scheduleDrawer();
            }
        },
        state: state =>
        {
            $('stream-state').dataset.state = state;
            $('stream-state').textContent = state === 'live' ? 'live' : state === 'connecting' ? 'connecting…' : 'reconnecting';
        },
        caughtUp: () => redraw(),
        unauthorized: () => logout('The key was refused; log in again.'),
        reload: async () =>
        {
            consoleState.reloads++;
            await load();
            stream.start();
        }
    };

    let boardTimer = null;
    const scheduleBoard = () =>
    {
        boardTimer = boardTimer || setTimeout(() =>
        {
            boardTimer = null;
            board.render();
        }, 200);
    };
    let riskTimer = null;
    const scheduleRisk = () =>
    {
        riskTimer = riskTimer || setTimeout(() =>
        {
            riskTimer = null;
            pollRisk();
        }, 300);
    };
    let kpiTimer = null;
    const scheduleKpis = () =>
    {
        // At most one extra read a second: figures follow events without a request per event.
        kpiTimer = kpiTimer || setTimeout(() =>
        {
            kpiTimer = null;
            pollKpis();
        }, 1000);
    };
    let drawerTimer = null;
    const scheduleDrawer = () =>
    {
        drawerTimer = drawerTimer || setTimeout(() =>
        {
            drawerTimer = null;
            drawer.refresh(false);
        }, 150);
    };

    async function pollRisk()
    {
        try
        {
            board.setRisk(await api.get('/v1/sla/at-risk?within=PT4H&limit=40'));
        }
        catch (error)
        {
            console.warn('at-risk', error);
        }
    }

    async function pollKpis()
    {
        try
        {
            const figures = await api.get('/v1/kpis');
            store.seeTime(figures.asOf);
            kpis.show(figures);
        }
        catch (error)
        {
            console.warn('kpis', error);
        }
    }

    /** Fills in what events do not carry: new tickets' SLA, and routes' times after a replan. */
    async function refreshStale()
    {
        const tickets = [...store.staleTickets].slice(0, 25);
        tickets.forEach(id => store.staleTickets.delete(id));
        const routes = [...store.staleRoutes];
        store.staleRoutes.clear();
        try
        {
            const reads = tickets.map(id => api.get('/v1/tickets/' + encodeURIComponent(id))
                .then(t => store.putTicket(t), () => null));
            if (routes.length > 40)
            {
                reads.push(api.get('/v1/plan').then(plan => store.putPlan(plan)));
            }
            else
            {
                routes.forEach(id => reads.push(api.get('/v1/engineers/' + encodeURIComponent(id) + '/route')
                    .then(route => store.putRoute(route), () => null)));
            }
            await Promise.all(reads);
        }
        finally
        {
            if (tickets.length || routes.length)
            {
                redraw();
            }
            timers.push(setTimeout(refreshStale, 400));
        }
    }

    /** Time from an action's API call to the first frame painted with its stream event. */
    async function measureAction(name, ticket, started)
    {
        const painted = await store.painted(ticket.position);
        consoleState.latencies.push({ name, position: ticket.position, ms: painted - started });
    }

    function logout(message)
    {
        if (stream)
        {
            stream.stop();
        }
        timers.forEach(t => clearTimeout(t) || clearInterval(t));
        sessionStorage.removeItem(KEY);
        sessionStorage.setItem('kairos.message', message || '');
        location.reload();
    }

    $('logout').onclick = () => logout();
    const newTicket = new NewTicket($('new-ticket'), api, {
        planar: () => map.projection.planar,
        // The middle of what the map shows, as the API writes locations: lat, lon, or x, y on a plane.
        centre: () =>
        {
            const p = map.projection;
            const middle = [(p.minLat + p.maxLat) / 2, (p.minLon + p.maxLon) / 2];
            return p.planar ? middle.reverse() : middle;
        },
        created: (ticket, started) =>
        {
            measureAction('create', ticket, started);
            open(ticket.id);
        }
    });
    $('new-ticket-open').onclick = () => newTicket.open();
    $('open-form').onsubmit = event =>
    {
        event.preventDefault();
        const id = $('open-ticket-id').value.trim();
        if (id)
        {
            open(id);
        }
    };
    $('timeline-scroll').addEventListener('keydown', event =>
    {
        const by = { ArrowDown: 26, ArrowUp: -26, PageDown: 260, PageUp: -260 }[event.key];
        if (by)
        {
            event.preventDefault();
            $('timeline-scroll').scrollTop += by;
        }
    });
    timers.push(setInterval(() =>
    {
        $('engine-time').textContent = new Date(store.now()).toISOString().substring(0, 19).replace('T', ' ') + ' UTC';
    }, 1000));

    Object.assign(consoleState, {
        store, map, timeline, drawer, api,
        ticket: id => store.tickets.get(id) || null,
        engineer: id => store.engineers.get(id) || null,
        dropStream: () => stream.drop(),
        connects: () => stream.connects,
        measureFrames: (count, withRoutes) => map.measure(count, withRoutes),
        /** Creates a ticket over the API and resolves with the milliseconds until it was painted. */
        timeToPaint: async body =>
        {
            const started = performance.now();
            const created = await api.call('POST', '/v1/tickets', body);
            const painted = await store.painted(created.position);
            return { id: created.id, ms: painted - started };
        }
    });

    load().then(() =>
    {
        stream = new Stream(api, store, handlers);
        stream.start();
        pollKpis();
        pollRisk();
        timers.push(setInterval(pollKpis, 5000), setInterval(pollRisk, 5000));
        refreshStale();
    }, error => showLogin('Could not load: ' + error.message));
}

$('login-form').addEventListener('submit', event =>
{
    event.preventDefault();
    login($('api-key').value.trim());
});

const saved = sessionStorage.getItem(KEY);
if (saved)
{
    login(saved);
}
else
{
    showLogin(sessionStorage.getItem('kairos.message'));
    sessionStorage.removeItem('kairos.message');
}

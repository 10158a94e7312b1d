// The live stream: a one-time token from POST /v1/stream-tokens opens /v1/stream, the console
// subscribes from the last journal position it has applied, and after a drop it reconnects and
// resumes from there, so no event is lost or applied out of order.

export class Stream
{
    constructor(api, store, handlers)
    {
        this.api = api;
        this.store = store;
        this.handlers = handlers;
        this.socket = null;
        this.stopped = false;
        this.retry = 250;
        this.connects = 0;
        this.state = 'closed';
    }

    async start()
    {
        this.stopped = false;
        if (this.state !== 'closed')
        {
            return;
        }
        this.setState('connecting');
        let issued;
        try
        {
            issued = await this.api.call('POST', '/v1/stream-tokens');
        }
        catch (error)
        {
            if (error.status === 401)
            {
                this.handlers.unauthorized();
                return;
            }
            this.later();
            return;
        }
        const scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        const socket = new WebSocket(scheme + location.host + issued.url);
        this.socket = socket;
        socket.onopen = () =>
        {
            socket.send(JSON.stringify({ type: 'subscribe', fromPosition: this.store.position }));
        };
        socket.onmessage = message => this.receive(JSON.parse(message.data));
        socket.onclose = close =>
        {
            this.socket = null;
            this.setState('closed');
            if (close.code === 4009)
            {
                // Too far back for the server to replay: start again from a fresh snapshot.
                this.handlers.reload();
                return;
            }
            if (!this.stopped)
            {
                this.later();
            }
        };
    }

    receive(message)
    {
        if (message.type === 'subscribed')
        {
            this.connects++;
            this.retry = 250;
            this.setState('live');
            this.handlers.caughtUp();
            return;
        }
        if (message.type === 'error')
        {
            console.error('stream refused the subscription', message);
            return;
        }
        this.handlers.event(message);
    }

    later()
    {
        this.setState('closed');
        setTimeout(() => this.start(), this.retry);
        this.retry = Math.min(this.retry * 2, 8000);
    }

    setState(state)
    {
        this.state = state;
        this.handlers.state(state);
    }

    /** Drops the connection as a network failure would; the console reconnects by itself. */
    drop()
    {
        if (this.socket)
        {
            this.socket.close(4000, 'dropped by the console');
        }
    }

    stop()
    {
        this.stopped = true;
        if (this.socket)
        {
            this.socket.close(1000, 'logged out');
        }
    }
}

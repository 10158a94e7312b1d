// A ticket opened from the console: the form's fields as POST /v1/tickets takes them, pinned at once when
// an engineer is named (engineerId: one call, so the planner's dispatch to someone else cannot come in
// between, as it can between a create and a pin). The API's problem is shown field by field in the form;
// the new ticket opens in the drawer, and reaches every console over the stream.

export class NewTicket
{
    constructor(dialog, api, hooks)
    {
        this.dialog = dialog;
        this.api = api;
        this.hooks = hooks;
        const $ = selector => dialog.querySelector(selector);
        this.el = {
            form: $('#new-ticket-form'), title: $('#nt-title'), priority: $('#nt-priority'), location: $('#nt-location'),
            skills: $('#nt-skills'), duration: $('#nt-duration'), engineer: $('#nt-engineer'), error: $('#nt-error'),
            submit: $('#new-ticket-form button[type=submit]')
        };
        this.el.form.addEventListener('submit', event =>
        {
            event.preventDefault();
            this.submit();
        });
        $('#nt-close').addEventListener('click', () => this.dialog.close());
    }

    open()
    {
        this.el.error.textContent = '';
        this.el.location.placeholder = this.hooks.planar() ? 'x, y' : 'lat, lon';
        if (!this.el.location.value)
        {
            this.el.location.value = this.hooks.centre().map(v => Number(v.toFixed(5))).join(', ');
        }
        this.dialog.showModal();
        this.el.title.focus();
    }

    /** The request body; a location that does not parse goes as nulls, for the API to name. */
    body()
    {
        const [a, b] = this.el.location.value.split(',').map(part => part.trim() === '' ? NaN : Number(part));
        const number = value => Number.isFinite(value) ? value : null;
        const body = {
            title: this.el.title.value.trim(),
            priority: this.el.priority.value,
            location: this.hooks.planar() ? { x: number(a), y: number(b) } : { lat: number(a), lon: number(b) },
            skills: this.el.skills.value.split(',').map(skill => skill.trim()).filter(Boolean),
            durationMinutes: Number(this.el.duration.value)
        };
        const engineer = this.el.engineer.value.trim();
        if (engineer)
        {
            body.engineerId = engineer;
        }
        return body;
    }

    async submit()
    {
        const started = performance.now();
        this.el.submit.disabled = true;
        try
        {
            const created = await this.api.call('POST', '/v1/tickets', this.body());
            this.dialog.close();
            this.el.title.value = '';
            this.el.engineer.value = '';
            this.hooks.created(created, started);
        }
        catch (error)
        {
            this.el.error.textContent = describe(error);
        }
        finally
        {
            this.el.submit.disabled = false;
        }
    }
}

/** Each field the API named, with its value and why; else the problem's detail. */
function describe(error)
{
    const errors = error.problem && error.problem.errors;
    if (!errors || errors.length === 0)
    {
        return error.message;
    }
    return errors.map(e => e.field + (e.value === undefined || e.value === null ? '' : ' "' + e.value + '"') + ': ' + e.message)
        .join('; ');
}

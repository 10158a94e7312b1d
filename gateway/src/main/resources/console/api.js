// The public REST API with the dispatcher's key; every call the console makes goes through here.

export class ApiError extends Error
{
    constructor(status, problem)
    {
        super(problem && (problem.detail || problem.title) || ('HTTP ' + status));
        this.status = status;
        this.problem = problem;
    }
}

export class Api
{
    constructor(key, base = '')
    {
        this.key = key;
        this.base = base;
    }

    async call(method, path, body)
    {
        const headers = { 'Authorization': 'Bearer ' + this.key };
        if (body !== undefined)
        {
            headers['Content-Type'] = 'application/json';
        }
        const response = await fetch(this.base + path, {
            method, headers, body: body === undefined ? undefined : JSON.stringify(body)
        });
        const type = response.headers.get('content-type') || '';
        const json = type.includes('json') ? await response.json() : null;
        if (!response.ok)
        {
            throw new ApiError(response.status, json);
        }
        return json;
    }

    get(path)
    {
        return this.call('GET', path);
    }

    /** Every item of a cursor-paginated list (`items` + `next`), page by page. */
    async all(path, limit = 500)
    {
        const items = [];
        let after = null;
        do
        {
            const sep = path.includes('?') ? '&' : '?';
            const page = await this.get(path + sep + 'limit=' + limit + (after ? '&after=' + encodeURIComponent(after) : ''));
            items.push(...page.items);
            after = page.next;
        }
        while (after);
        return items;
    }

    /** The public health check: the journal position the lists read after will include. */
    async position()
    {
        const response = await fetch(this.base + '/health');
        return (await response.json()).position;
    }
}

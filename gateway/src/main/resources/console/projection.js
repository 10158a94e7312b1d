// A plain equirectangular projection fitted to the points on screen, with pan and zoom: the map
// needs no tiles and no network, and stays exact enough for a city or a region. A planar server
// sends {x, y}: y plays latitude and x longitude, with no shrinking of x by the latitude.

const latOf = l => l.lat ?? l.y;
const lonOf = l => l.lon ?? l.x;

export class Projection
{
    constructor()
    {
        this.minLat = 51.3;
        this.maxLat = 51.7;
        this.minLon = -0.5;
        this.maxLon = 0.3;
        this.zoom = 1;
        this.panX = 0;
        this.panY = 0;
        this.width = 1;
        this.height = 1;
        this.planar = false;
    }

    /** Fits the bounds to these locations (with a margin); keeps the last bounds when there are none. */
    fit(locations)
    {
        let minLat = Infinity, maxLat = -Infinity, minLon = Infinity, maxLon = -Infinity;
        for (const l of locations)
        {
            if (!l)
            {
                continue;
            }
            this.planar = l.lat === undefined;
            minLat = Math.min(minLat, latOf(l));
            maxLat = Math.max(maxLat, latOf(l));
            minLon = Math.min(minLon, lonOf(l));
            maxLon = Math.max(maxLon, lonOf(l));
        }
        if (!Number.isFinite(minLat))
        {
            return;
        }
        const padLat = Math.max((maxLat - minLat) * 0.08, 0.01);
        const padLon = Math.max((maxLon - minLon) * 0.08, 0.01);
        Object.assign(this, {
            minLat: minLat - padLat, maxLat: maxLat + padLat, minLon: minLon - padLon, maxLon: maxLon + padLon
        });
    }

    resize(width, height)
    {
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
    }

    /** Pixels per degree of longitude and latitude, square on the ground at the middle latitude. */
    scales()
    {
        const k = this.planar ? 1 : Math.cos((this.minLat + this.maxLat) / 2 * Math.PI / 180);
        const spanX = (this.maxLon - this.minLon) * k;
        const spanY = this.maxLat - this.minLat;
        const base = Math.min(this.width / spanX, this.height / spanY) * this.zoom;
        return { x: base * k, y: base };
    }

    /** Writes screen x, y of (lat, lon) into `out` and returns it (no allocation per point). */
    project(lat, lon, out)
    {
        const s = this.scales();
        const midLat = (this.minLat + this.maxLat) / 2;
        const midLon = (this.minLon + this.maxLon) / 2;
        out.x = this.width / 2 + (lon - midLon) * s.x + this.panX;
        out.y = this.height / 2 - (lat - midLat) * s.y + this.panY;
        return out;
    }

    /** A projector with the scales worked out once, for drawing thousands of points in a frame. */
    projector()
    {
        const s = this.scales();
        const midLat = (this.minLat + this.maxLat) / 2;
        const midLon = (this.minLon + this.maxLon) / 2;
        const cx = this.width / 2 + this.panX;
        const cy = this.height / 2 + this.panY;
        return (l, out) =>
        {
            out.x = cx + (lonOf(l) - midLon) * s.x;
            out.y = cy - (latOf(l) - midLat) * s.y;
            return out;
        };
    }

    zoomBy(factor, x = this.width / 2, y = this.height / 2)
    {
        const next = Math.max(0.5, Math.min(64, this.zoom * factor));
        const applied = next / this.zoom;
        this.panX = x - this.width / 2 - (x - this.width / 2 - this.panX) * applied;
        this.panY = y - this.height / 2 - (y - this.height / 2 - this.panY) * applied;
        this.zoom = next;
    }

    panBy(dx, dy)
    {
        this.panX += dx;
        this.panY += dy;
    }

    reset()
    {
        this.zoom = 1;
        this.panX = 0;
        this.panY = 0;
    }
}

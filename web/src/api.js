// Calls to the Parley HTTP API. Every call takes the current filters; a problem document (RFC 7807) becomes an
// ApiProblem with its detail, so the page can say what was wrong.

export const FILTERS = [
  'from', 'to', 'date_field', 'source_country', 'target_country', 'country', 'source_code', 'target_code',
  'cameo_root', 'quad_class', 'plover', 'modality', 'min_confidence', 'q',
];

export class ApiProblem extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

/** The query string of the filters that are set, plus any extra parameters. */
export function queryString(filters, extra = {}) {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = filters[name];
    if (value !== undefined && value !== null && value !== '') params.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, value);
  }
  return params.toString();
}

export async function getJson(path, signal) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch {
      // Not a problem document; the status says enough.
    }
    throw new ApiProblem(response.status, detail);
  }
  return response.json();
}

export const api = {
  events: (filters, cursor, signal) => getJson(`/v1/events?${queryString(filters, { order: 'desc', limit: 50, cursor })}`, signal),
  timeseries: (filters, bucket, signal) => getJson(`/v1/stats/timeseries?${queryString(filters, { bucket })}`, signal),
  dyads: (filters, limit, signal) => getJson(`/v1/stats/dyads?${queryString(filters, { limit })}`, signal),
  places: (filters, signal) => getJson(`/v1/stats/places?${queryString(filters, { limit: 500 })}`, signal),
  article: (id, signal) => getJson(`/v1/articles/${encodeURIComponent(id)}`, signal),
};

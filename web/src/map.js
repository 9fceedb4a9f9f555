// The offline world map: its shapes (Natural Earth 1:110m from world-atlas, no tiles) are drawn into index.html when
// the dashboard is built (build.mjs); here each geocoded event place gets a circle, its area in proportion to the
// events there, projected as the shapes were.
import { geoNaturalEarth1Raw } from 'd3-geo';
import { number } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const RADIANS = Math.PI / 180;

function svg(tag, attributes) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

export class PlaceMap {
  constructor(container) {
    const root = container.querySelector('svg[data-projection]');
    // d3-geo's projection of a point without rotation or centre: scale the raw projection, flip y, translate.
    const [scale, x, y] = root.dataset.projection.split(' ').map(Number);
    this.project = (lon, lat) => {
      const [px, py] = geoNaturalEarth1Raw(lon * RADIANS, lat * RADIANS);
      return [x + scale * px, y - scale * py];
    };
    this.places = root.querySelector('.places');
    this.container = container;
  }

  /** Draws the places of a /v1/stats/places reply (largest first, so small circles stay on top). */
  render(places) {
    const max = Math.max(1, ...places.map((p) => p.count));
    const circles = [];
    for (const place of places) {
      const [cx, cy] = this.project(place.lon, place.lat);
      if (!Number.isFinite(cx) || !Number.isFinite(cy)) continue;
      const circle = svg('circle', { cx: cx.toFixed(1), cy: cy.toFixed(1), r: (2 + 14 * Math.sqrt(place.count / max)).toFixed(1) });
      const title = svg('title', {});
      title.textContent = `${place.name ?? 'unnamed place'}${place.country ? ` (${place.country})` : ''}: ${number.format(place.count)} events`;
      circle.append(title);
      circles.push(circle);
    }
    this.places.replaceChildren(...circles);
    this.container.dataset.places = String(places.length);
  }
}

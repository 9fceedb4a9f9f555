// An offline world map (Natural Earth 1:110m from world-atlas, drawn with d3-geo as SVG, no tiles) with a circle
// per geocoded event place, its area in proportion to the events there.
import { geoNaturalEarth1, geoPath, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { number } from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const HEIGHT = 330;

function svg(tag, attributes) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

export class PlaceMap {
  constructor(container) {
    this.projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
    const path = geoPath(this.projection);
    this.root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': 'Map of event places' });
    this.root.append(svg('path', { d: path({ type: 'Sphere' }), class: 'sphere' }));
    this.root.append(svg('path', { d: path(geoGraticule10()), class: 'graticule' }));
    const countries = svg('g', { class: 'countries' });
    for (const country of feature(world, world.objects.countries).features) {
      const shape = svg('path', { d: path(country) });
      const title = svg('title', {});
      title.textContent = country.properties.name;
      shape.append(title);
      countries.append(shape);
    }
    this.root.append(countries);
    this.places = svg('g', { class: 'places' });
    this.root.append(this.places);
    container.replaceChildren(this.root);
    this.container = container;
  }

  /** Draws the places of a /v1/stats/places reply (largest first, so small circles stay on top). */
  render(places) {
    this.places.replaceChildren();
    const max = Math.max(1, ...places.map((p) => p.count));
    for (const place of places) {
      const point = this.projection([place.lon, place.lat]);
      if (!point) continue;
      const circle = svg('circle', { cx: point[0].toFixed(1), cy: point[1].toFixed(1), r: (2 + 14 * Math.sqrt(place.count / max)).toFixed(1) });
      const title = svg('title', {});
      title.textContent = `${place.name ?? 'unnamed place'}${place.country ? ` (${place.country})` : ''}: ${number.format(place.count)} events`;
      circle.append(title);
      this.places.append(circle);
    }
    this.container.dataset.places = String(places.length);
  }
}

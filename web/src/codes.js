// The choices of the filter lists. CAMEO roots and PLOVER types are the published schemes' own (dictionaries/cameo.yaml
// and plover.yaml restate them); the API takes any code, these only save typing.

export const CAMEO_ROOTS = [
  ['01', 'Make public statement'], ['02', 'Appeal'], ['03', 'Express intent to cooperate'], ['04', 'Consult'],
  ['05', 'Engage in diplomatic cooperation'], ['06', 'Engage in material cooperation'], ['07', 'Provide aid'],
  ['08', 'Yield'], ['09', 'Investigate'], ['10', 'Demand'], ['11', 'Disapprove'], ['12', 'Reject'], ['13', 'Threaten'],
  ['14', 'Protest'], ['15', 'Exhibit force posture'], ['16', 'Reduce relations'], ['17', 'Coerce'], ['18', 'Assault'],
  ['19', 'Fight'], ['20', 'Use unconventional mass violence'],
];

export const QUAD_CLASSES = [
  ['1', 'Verbal cooperation'], ['2', 'Material cooperation'], ['3', 'Verbal conflict'], ['4', 'Material conflict'],
];

export const PLOVER_TYPES = [
  'ACCUSE', 'AGREE', 'AID', 'ASSAULT', 'COERCE', 'CONCEDE', 'CONSULT', 'COOPERATE', 'MOBILIZE', 'PROTEST', 'REJECT',
  'REQUEST', 'RETREAT', 'SANCTION', 'SUPPORT', 'THREATEN',
].map((type) => [type, type.charAt(0) + type.slice(1).toLowerCase()]);

export const MODALITIES = [
  ['asserted', 'asserted'], ['future', 'future'], ['hypothetical', 'hypothetical'], ['negated', 'negated'],
];

export const QUAD_NAMES = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

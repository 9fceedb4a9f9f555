// wink-nlp on the same stories and gold data as Parley: tokens/s (tokenize + POS, one thread) over
// JSON Lines news, and UPOS accuracy on a CoNLL-U file's raw sentences. wink's tags are already UPOS;
// a gold word counts as right when a wink token covers exactly its characters with the same tag
// (the aligned accuracy of the CoNLL 2018 evaluation on system tokens).
// Usage: node wink-bench.mjs --news FILE.jsonl [--news ...] [--gold FILE.conllu ...] [--rounds 5]
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const args = process.argv.slice(2);
const news = [];
const gold = [];
let rounds = 5;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--news') news.push(args[++i]);
  else if (args[i] === '--gold') gold.push(args[++i]);
  else if (args[i] === '--rounds') rounds = Number(args[++i]);
  else { console.error(`wink-bench: unknown argument ${args[i]}`); process.exit(2); }
}

const nlp = winkNLP(model);
const its = nlp.its;

function articleText(record) {
  const body = record.text ?? record.body ?? '';
  return record.title ? `${record.title}\n\n${body}` : body;
}

for (const file of news) {
  const texts = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => articleText(JSON.parse(l)));
  let tokens = 0;
  for (const text of texts) tokens += nlp.readDoc(text).tokens().length(); // warm-up
  tokens = 0;
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const text of texts) tokens += nlp.readDoc(text).tokens().length();
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`wink-nlp ${file}: ${texts.length} articles, ${Math.round(tokens / rounds)} tokens per round, ${Math.round(tokens / seconds)} tokens/s (tokenize + POS, one thread)`);
}

function* conlluSentences(path) {
  let text = null;
  let words = [];
  let mwtEnd = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# text = ')) text = line.slice(9);
    else if (line.trim() === '') {
      if (text !== null && words.length) yield { text, words };
      text = null; words = []; mwtEnd = 0;
    } else if (!line.startsWith('#')) {
      const f = line.split('\t');
      if (f[0].includes('.')) continue;
      if (f[0].includes('-')) { const [a, b] = f[0].split('-').map(Number); mwtEnd = b; words.push({ form: f[1], upos: null, mwt: true }); continue; }
      if (Number(f[0]) <= mwtEnd) continue; // words inside a multiword token have no span of their own
      words.push({ form: f[1], upos: f[3], mwt: false });
    }
  }
  if (text !== null && words.length) yield { text, words };
}

function spans(text, forms) {
  const out = [];
  let at = 0;
  for (const form of forms) {
    const i = text.indexOf(form, at);
    if (i < 0) { out.push(null); continue; }
    out.push([i, i + form.length]);
    at = i + form.length;
  }
  return out;
}

for (const file of gold) {
  let total = 0;
  let right = 0;
  for (const { text, words } of conlluSentences(file)) {
    const goldSpans = spans(text, words.map((w) => w.form));
    const doc = nlp.readDoc(text);
    const values = doc.tokens().out(its.value);
    const tags = doc.tokens().out(its.pos);
    const winkSpans = spans(text, values);
    const byStart = new Map();
    winkSpans.forEach((s, k) => { if (s) byStart.set(`${s[0]}:${s[1]}`, tags[k]); });
    words.forEach((w, k) => {
      if (w.mwt) return;
      total++;
      const s = goldSpans[k];
      if (s && byStart.get(`${s[0]}:${s[1]}`) === w.upos) right++;
    });
  }
  console.log(`wink-nlp ${file}: UPOS ${(100 * right / total).toFixed(2)}% of ${total} gold words (aligned on characters)`);
}

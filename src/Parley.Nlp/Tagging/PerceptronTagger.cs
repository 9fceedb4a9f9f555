using System.Buffers;
using Parley.Nlp.Learning;
using Parley.Nlp.Lemmatization;
using Parley.Text;

namespace Parley.Nlp.Tagging;

/// <summary>
/// Greedy left-to-right part-of-speech tagger (Honnibal's averaged-perceptron tagger). It predicts one joint
/// label per token, <c>UPOS|XPOS</c> ("AUX|VBZ"), and writes both halves, so the universal and Penn tags never
/// contradict each other. Frequent unambiguous words are tagged from a <see cref="TagDictionary"/> without scoring.
/// Immutable and safe to share between threads; <see cref="Process"/> allocates nothing per token.
/// </summary>
public sealed class PerceptronTagger : IPipe
{
    /// <summary>The kind written in the model file header.</summary>
    public const string Kind = "tagger";

    /// <summary>
    /// The newest model file format this version reads and writes: 2 adds an optional second pass after the weights,
    /// 3 a <see cref="CaseLexicon"/> after that. A tagger is written in the oldest version that holds it, which older readers load.
    /// </summary>
    public const int FormatVersion = 3;

    /// <summary>The oldest model file format this version reads (one pass only).</summary>
    public const int OldestFormatVersion = 1;

    /// <summary>The format version <see cref="Save"/> writes for this tagger: 1 for one pass, 2 with a second pass, 3 with a case lexicon.</summary>
    public int FileFormatVersion => !Cases.IsEmpty ? 3 : _refiner is null ? OldestFormatVersion : 2;

    private readonly PerceptronModel _model;
    private readonly PerceptronModel? _refiner;
    private readonly LabelSet _labels;
    private readonly string[] _upos;
    private readonly string[] _xpos;
    private readonly bool[] _finite;
    // For each label, the finite verb a word so tagged may turn out to be when its sentence has none: a past
    // participle's simple past (VERB|VBN → VERB|VBD); in a headline, a common noun's present tense (NN → VERB|VBP,
    // NNS → VERB|VBZ: "Gunmen Attack Hotel", "Kremlin Signals Meeting"), and an adjective's (JJ → VERB|VBP: "Dozens
    // march in ..."). -1 for other labels.
    private readonly int[] _finiteTwin;
    // The bare verb (VERB|VB), which a mandated clause's verb is ("demanded that the Taliban hand over"); -1 if no label.
    private readonly int _bareVerb;
    // Labels of words that can be a subject: nouns, proper nouns, personal pronouns.
    private readonly bool[] _nominal;
    // Repairs verb forms web text seldom shows where news puts them; null without a lexicon of irregular past forms.
    private VerbFormRepair? _verbForms;
    // What the lemmatizer knows of verbs: a headline's word is taken for its verb only when it can be one.
    private IIrregularPastForms? _verbLexicon;

    /// <param name="model">Weights over <see cref="TaggerFeatures"/>, one class per label.</param>
    /// <param name="labels">Joint labels written <c>UPOS|XPOS</c>.</param>
    /// <param name="dictionary">Words tagged without scoring.</param>
    /// <param name="classes">The ambiguity classes of the training words, for the class templates.</param>
    public PerceptronTagger(PerceptronModel model, LabelSet labels, TagDictionary dictionary, AmbiguityClasses classes)
        : this(model, labels, dictionary, classes, refiner: null)
    {
    }

    /// <param name="model">Weights over <see cref="TaggerFeatures"/>, one class per label: the first, left-to-right pass.</param>
    /// <param name="labels">Joint labels written <c>UPOS|XPOS</c>.</param>
    /// <param name="dictionary">Words tagged without scoring.</param>
    /// <param name="classes">The ambiguity classes of the training words, for the class templates.</param>
    /// <param name="refiner">
    /// Optional second pass, weights over <see cref="TaggerFeatures.RefinedCount"/> features: it tags the sentence again
    /// left to right, seeing the first pass's guesses to the right of each word. Null for a single pass.
    /// </param>
    public PerceptronTagger(PerceptronModel model, LabelSet labels, TagDictionary dictionary, AmbiguityClasses classes, PerceptronModel? refiner)
        : this(model, labels, dictionary, classes, refiner, CaseLexicon.Empty)
    {
    }

    /// <param name="model">Weights over <see cref="TaggerFeatures"/>, one class per label: the first, left-to-right pass.</param>
    /// <param name="labels">Joint labels written <c>UPOS|XPOS</c>.</param>
    /// <param name="dictionary">Words tagged without scoring.</param>
    /// <param name="classes">The ambiguity classes of the training words, for the class templates.</param>
    /// <param name="refiner">Optional second pass (see the other constructor); null for a single pass.</param>
    /// <param name="cases">
    /// How words are usually written, for reading headlines (<see cref="CaseLexicon"/>); <see cref="CaseLexicon.Empty"/>
    /// to take every word as written.
    /// </param>
    public PerceptronTagger(PerceptronModel model, LabelSet labels, TagDictionary dictionary, AmbiguityClasses classes, PerceptronModel? refiner, CaseLexicon cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(dictionary);
        if (model.Classes != labels.Count)
        {
            throw new ArgumentException($"The model scores {model.Classes} classes but there are {labels.Count} labels.", nameof(model));
        }
        if (refiner is not null && refiner.Classes != labels.Count)
        {
            throw new ArgumentException($"The second pass scores {refiner.Classes} classes but there are {labels.Count} labels.", nameof(refiner));
        }
        _model = model;
        _refiner = refiner;
        _labels = labels;
        Dictionary = dictionary;
        Classes = classes;
        Cases = cases;
        _upos = new string[labels.Count];
        _xpos = new string[labels.Count];
        for (int i = 0; i < labels.Count; i++)
        {
            (_upos[i], _xpos[i]) = SplitLabel(labels[i]);
        }
        _finite = FiniteLabels(labels);
        _bareVerb = labels.IndexOf(JoinLabel("VERB", "VB"));
        _finiteTwin = new int[labels.Count];
        _nominal = new bool[labels.Count];
        for (int i = 0; i < labels.Count; i++)
        {
            _finiteTwin[i] = _xpos[i] switch
            {
                "VBN" => labels.IndexOf(JoinLabel(_upos[i], "VBD")),
                "NN" when _upos[i] == "NOUN" => labels.IndexOf(JoinLabel("VERB", "VBP")),
                "NNS" when _upos[i] == "NOUN" => labels.IndexOf(JoinLabel("VERB", "VBZ")),
                "NNP" when _upos[i] == "PROPN" => labels.IndexOf(JoinLabel("VERB", "VBP")),
                "NNPS" when _upos[i] == "PROPN" => labels.IndexOf(JoinLabel("VERB", "VBZ")),
                "JJ" when _upos[i] == "ADJ" => labels.IndexOf(JoinLabel("VERB", "VBP")),
                _ => -1,
            };
            _nominal[i] = _xpos[i] is "NN" or "NNS" or "NNP" or "NNPS" or "PRP";
        }
    }

    /// <summary>
    /// This tagger, reading irregular past forms with <paramref name="pastForms"/> (<see cref="VerbFormRepair"/>): one it
    /// has seldom or never seen where its clause's verb belongs is that verb ("Bosnian Serb forces overran the U.N. safe
    /// area"), not the preposition its spelling suggests. The weights are shared, not copied.
    /// </summary>
    public PerceptronTagger WithPastForms(IIrregularPastForms pastForms)
    {
        ArgumentNullException.ThrowIfNull(pastForms);
        var repair = new VerbFormRepair(pastForms, _labels, Classes, _upos, _xpos, _finite, _nominal);
        var tagger = new PerceptronTagger(_model, _labels, Dictionary, Classes, _refiner, Cases);
        tagger._verbForms = repair.IsUsable ? repair : null;
        tagger._verbLexicon = pastForms;
        return tagger;
    }

    /// <summary>True when irregular past forms are read with a lexicon (<see cref="WithPastForms"/>).</summary>
    public bool ReadsPastForms => _verbForms is not null;

    /// <summary>For each label, whether it is a finite verb (Penn VBD, VBZ, VBP or MD): a clause has one, a sentence at least one.</summary>
    internal static bool[] FiniteLabels(LabelSet labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var finite = new bool[labels.Count];
        for (int i = 0; i < labels.Count; i++)
        {
            finite[i] = SplitLabel(labels[i]).Xpos is "VBD" or "VBZ" or "VBP" or "MD";
        }
        return finite;
    }

    public string Name => "tagger";

    public Annotations Requires => Annotations.Tokens | Annotations.Sentences;

    public Annotations Assigns => Annotations.Tags;

    /// <summary>The joint labels, <c>UPOS|XPOS</c>.</summary>
    public LabelSet Labels => _labels;

    public TagDictionary Dictionary { get; }

    public AmbiguityClasses Classes { get; }

    /// <summary>How words are usually written; a headline's capitalised words that are not names are tagged as lower case.</summary>
    public CaseLexicon Cases { get; }

    /// <summary>The number of features with weights, over both passes.</summary>
    public int Features => _model.Features + (_refiner?.Features ?? 0);

    /// <summary>The first pass's weights.</summary>
    internal PerceptronModel FirstPass => _model;

    /// <summary>True when a second pass, seeing the first pass's guesses to the right, gives the final tags.</summary>
    public bool HasSecondPass => _refiner is not null;

    /// <summary>Joins a universal and a Penn tag into a joint label.</summary>
    public static string JoinLabel(string upos, string xpos) => upos + "|" + xpos;

    /// <summary>Splits a joint label into its universal and Penn tags.</summary>
    public static (string Upos, string Xpos) SplitLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        int bar = label.IndexOf('|', StringComparison.Ordinal);
        if (bar <= 0 || bar == label.Length - 1)
        {
            throw new ArgumentException($"Tagger label '{label}' is not of the form UPOS|XPOS.", nameof(label));
        }
        return (label[..bar], label[(bar + 1)..]);
    }

    /// <summary>Tags every sentence of <paramref name="doc"/>, filling <see cref="Document.Upos"/> and <see cref="Document.Xpos"/>.</summary>
    public void Process(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.Count == 0)
        {
            return;
        }
        var values = ArrayPool<TokenValues>.Shared.Rent(doc.Count + 2 * TaggerFeatures.Padding);
        var labels = ArrayPool<int>.Shared.Rent(doc.Count);
        try
        {
            foreach (var sentence in doc.Sentences)
            {
                TagSentence(doc, sentence.Start, sentence.End, values, labels.AsSpan(sentence.Start, sentence.Length));
            }
            // Ids are resolved once per label per document: the store is the document's own.
            Span<int> uposIds = stackalloc int[_labels.Count];
            Span<int> xposIds = stackalloc int[_labels.Count];
            uposIds.Clear();
            xposIds.Clear();
            var upos = doc.Upos;
            var xpos = doc.Xpos;
            for (int i = 0; i < doc.Count; i++)
            {
                int label = labels[i];
                if (uposIds[label] == 0)
                {
                    uposIds[label] = doc.Strings.Add(_upos[label]);
                    xposIds[label] = doc.Strings.Add(_xpos[label]);
                }
                upos[i] = uposIds[label];
                xpos[i] = xposIds[label];
            }
        }
        finally
        {
            ArrayPool<TokenValues>.Shared.Return(values);
            ArrayPool<int>.Shared.Return(labels);
        }
        doc.Mark(Annotations.Tags);
    }

    /// <summary>
    /// Typographic quotes as the straight ones EWT mostly writes: news uses “ ” ‘ ’ where the training data has " and ',
    /// and an unseen quote mark throws the tags (and so the parse) of its neighbours.
    /// </summary>
    private static ReadOnlySpan<char> StraightQuote(ReadOnlySpan<char> form) => form switch
    {
        "\u201C" or "\u201D" or "\u201E" or "\u00AB" or "\u00BB" => "\"",
        "\u2018" or "\u2019" => "'",
        _ => form,
    };

    /// <summary>Predicts the labels of tokens [start, end) of <paramref name="doc"/> into <paramref name="output"/>.</summary>
    internal void TagSentence(Document doc, int start, int end, Span<TokenValues> values, Span<int> output)
    {
        int count = end - start;
        var text = doc.Text.AsSpan();
        var starts = doc.Starts;
        var ends = doc.Ends;
        int[]? rented = count > 256 ? ArrayPool<int>.Shared.Rent(2 * count) : null;
        Span<int> buffer = rented is null ? stackalloc int[2 * count] : rented.AsSpan(0, 2 * count);
        var fixedLabels = buffer[..count];
        var guesses = buffer[count..];
        ulong[]? contexts = null;
        try
        {
            var headline = new TitleCaseDetector();
            for (int k = 0; k < count && !Cases.IsEmpty; k++)
            {
                headline.Add(text[starts[start + k]..ends[start + k]]);
            }
            Span<char> lower = stackalloc char[64];
            for (int k = 0; k < count; k++)
            {
                scoped ReadOnlySpan<char> form = StraightQuote(text[starts[start + k]..ends[start + k]]);
                if (headline.IsHeadline && form.Length <= lower.Length)
                {
                    form = Cases.HeadlineForm(form, lower);
                }
                values[TaggerFeatures.Padding + k] = TokenValues.Compute(form, k == 0, Classes.Of(form));
                fixedLabels[k] = Dictionary.TryGet(form, out int label) ? label : -1;
            }
            TaggerFeatures.Pad(values, count);
            Span<ulong> features = stackalloc ulong[TaggerFeatures.RefinedCount];
            Span<float> scores = stackalloc float[_labels.Count];
            var margins = new TwinMargins(_finiteTwin, count <= 256 ? stackalloc float[count] : new float[count]);
            margins.Margins.Fill(float.NaN);
            if (_refiner is null)
            {
                Decode(_model, values, fixedLabels, [], output, features, scores, [], contextsKnown: false, margins);
                if (RepairVerbForms(text, starts, ends, start, headline.IsHeadline, output, fixedLabels))
                {
                    Decode(_model, values, fixedLabels, [], output, features, scores);
                }
                if (TakeMainVerb(text, starts, ends, start, headline.IsHeadline, output, fixedLabels, margins))
                {
                    Decode(_model, values, fixedLabels, [], output, features, scores);
                }
                return;
            }
            // The features that do not depend on tags are the same in both passes: the first pass keeps them.
            contexts = ArrayPool<ulong>.Shared.Rent(count * TaggerFeatures.Count);
            Decode(_model, values, fixedLabels, [], guesses, features, scores, contexts, contextsKnown: false);
            Decode(_refiner, values, fixedLabels, guesses, output, features, scores, contexts, contextsKnown: true, margins);
            if (RepairVerbForms(text, starts, ends, start, headline.IsHeadline, output, fixedLabels))
            {
                // Both passes again: the first pass's guesses around a repaired word change with it.
                Decode(_model, values, fixedLabels, [], guesses, features, scores, contexts, contextsKnown: true);
                Decode(_refiner, values, fixedLabels, guesses, output, features, scores, contexts, contextsKnown: true);
            }
            if (TakeMainVerb(text, starts, ends, start, headline.IsHeadline, output, fixedLabels, margins))
            {
                Decode(_refiner, values, fixedLabels, guesses, output, features, scores, contexts, contextsKnown: true);
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
            if (contexts is not null)
            {
                ArrayPool<ulong>.Shared.Return(contexts);
            }
        }
    }

    /// <summary>
    /// Tags one sentence greedily left to right with <paramref name="model"/>. Tokens with a label in
    /// <paramref name="fixedLabels"/> (not -1) take it unscored. With <paramref name="guesses"/> (a first pass's labels)
    /// the model is a second pass over <see cref="TaggerFeatures.RefinedCount"/> features; empty, a first pass.
    /// </summary>
    internal static void Decode(PerceptronModel model, ReadOnlySpan<TokenValues> values, ReadOnlySpan<int> fixedLabels, ReadOnlySpan<int> guesses,
        Span<int> output, Span<ulong> features, Span<float> scores)
        => Decode(model, values, fixedLabels, guesses, output, features, scores, [], contextsKnown: false);

    /// <summary>
    /// As <see cref="Decode(PerceptronModel, ReadOnlySpan{TokenValues}, ReadOnlySpan{int}, ReadOnlySpan{int}, Span{int}, Span{ulong}, Span{float})"/>,
    /// keeping each scored token's tag-independent features (<see cref="TaggerFeatures.ExtractContext"/>) in
    /// <paramref name="contexts"/> (<see cref="TaggerFeatures.Count"/> per token), or, when <paramref name="contextsKnown"/>,
    /// reading them from there: an earlier pass over the same tokens and fixed labels wrote them. <paramref name="margins"/>,
    /// when given, records how far each word whose label has a finite twin was from it.
    /// </summary>
    internal static void Decode(PerceptronModel model, ReadOnlySpan<TokenValues> values, ReadOnlySpan<int> fixedLabels, ReadOnlySpan<int> guesses,
        Span<int> output, Span<ulong> features, Span<float> scores, Span<ulong> contexts, bool contextsKnown, TwinMargins margins = default)
    {
        int previous = TaggerFeatures.NoTag;
        int secondPrevious = TaggerFeatures.NoTag;
        for (int k = 0; k < fixedLabels.Length; k++)
        {
            int label = fixedLabels[k];
            if (label < 0)
            {
                if (contexts.IsEmpty)
                {
                    TaggerFeatures.ExtractContext(values, k, features);
                }
                else
                {
                    var context = contexts.Slice(k * TaggerFeatures.Count, TaggerFeatures.Count);
                    if (!contextsKnown)
                    {
                        TaggerFeatures.ExtractContext(values, k, context);
                    }
                    context.CopyTo(features);
                }
                TaggerFeatures.ExtractTags(values, k, previous, secondPrevious, features);
                int n = TaggerFeatures.Count;
                if (!guesses.IsEmpty)
                {
                    TaggerFeatures.ExtractGuesses(values, guesses, k, previous, features);
                    n = TaggerFeatures.RefinedCount;
                }
                label = model.Predict(features[..n], scores);
                margins.Record(k, label, scores);
            }
            output[k] = label;
            secondPrevious = previous;
            previous = label;
        }
    }

    /// <summary>
    /// For each word whose label has a finite twin (see <c>_finiteTwin</c>), how much higher the label scored than the
    /// twin (its margin), so that the word the model was least sure of can be read as the sentence's finite verb.
    /// </summary>
    internal readonly ref struct TwinMargins(ReadOnlySpan<int> finiteTwin, Span<float> margins)
    {
        private readonly ReadOnlySpan<int> _finiteTwin = finiteTwin;

        /// <summary>Each word's margin; <see cref="float.NaN"/> for a word not scored, or whose label has no twin.</summary>
        public readonly Span<float> Margins = margins;

        /// <summary>Notes the margin of word <paramref name="k"/>, scored <paramref name="scores"/>, if its label has a twin.</summary>
        public void Record(int k, int label, ReadOnlySpan<float> scores)
        {
            if (Margins.IsEmpty)
            {
                return;
            }
            int twin = _finiteTwin[label];
            Margins[k] = twin < 0 ? float.NaN : scores[label] - scores[twin];
        }
    }

    /// <summary>Applies <see cref="VerbFormRepair"/> to a sentence that is no headline; true when the sentence must be tagged again.</summary>
    private bool RepairVerbForms(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int start, bool headline,
        ReadOnlySpan<int> output, Span<int> fixedLabels)
        => _verbForms is not null && !headline && _verbForms.Apply(text, starts, ends, start, output, fixedLabels);

    /// <summary>
    /// A headline's noun or name is read as its verb only when it scored at most this much above the verb, and when
    /// the lemmatizer knows it as a verb's present form. Headlines without a verb are common ("Over Half of Teachers
    /// Now Out on Strike"). On 600 titles of the labelled stories (training split), a margin of 15 with nouns alone
    /// changed 8 words, all of them verbs, where no limit changed 53, about half wrongly (names and plurals such as
    /// "Militants", "Islands", "Bombings"). With the verb check, names ("Activists in Russia Request End", "Iceland
    /// Renews its Support") and a margin of 60 for every headline, the stories' training split had the labelled type
    /// among its events for 68.3 % (67.0 before) and as the most confident for 52.4 % (50.9); 30 gave 67.8 and 52.0, 100
    /// 68.5 and 52.6. Kept to Title Case headlines (<see cref="FragmentMargin"/> otherwise), 68.0 and 52.1.
    /// </summary>
    private const float HeadlineMargin = 60f;

    /// <summary>
    /// The same limit for a sentence that is not in Title Case but ends in a word (a title in sentence case, or a
    /// fragment of web text), and for any headline when no lemmatizer checks the word: 15, as before the verb check,
    /// since a wider one changed EWT dev fragments for the worse.
    /// </summary>
    private const float FragmentMargin = 15f;

    /// <summary>
    /// A clause needs a finite verb. When the tags of a sentence have none, one word is read as its finite verb:
    /// in a sentence that ends in a full stop, a past participle that follows a word that can be its subject
    /// ("Police detained 12 journalists."): web text, which the tagger learned from, has these verbs mostly in the
    /// passive, while news has them as main verbs; in a headline (Title Case, capitals, or a title in sentence case,
    /// which ends in a word) without a participle ("Journalist Killed in Mexico" keeps it), a noun or name after another
    /// noun and before more words ("Gunmen Attack Hotel in Somalia", "Nevis declares cease-fire with Australia") that
    /// the model nearly took for a verb and that can be one (<see cref="HeadlineMargin"/>). Of the candidates, the one the model was least sure
    /// of is taken. Fixes that word's label in <paramref name="fixedLabels"/> and returns true when the sentence must be
    /// tagged again around it.
    /// </summary>
    private bool TakeMainVerb(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int start, bool headline,
        ReadOnlySpan<int> output, Span<int> fixedLabels, TwinMargins margins)
    {
        if (CountFinite(output, _finite) > 0)
        {
            // "Police arrested 20 protesters, officials said.": the reported clause before the attribution is a clause
            // of its own and needs its own finite verb.
            int clauseEnd = AttributedClauseEnd(text, starts, ends, start, output);
            bool taken = clauseEnd > 0 ? TakeParticiple(output[..clauseEnd], fixedLabels, margins) : TakeOpeningParticiple(output, fixedLabels, margins);
            return taken || TakeMandatedVerb(text, starts, ends, start, output, fixedLabels, margins);
        }
        bool fullStop = EndsWithFullStop(text, starts, ends, start, output.Length);
        if (!fullStop && !headline && !EndsInWord(text, starts, ends, start, output.Length))
        {
            return false;
        }
        // Names and the wider margin only where the lemmatizer can say which words can be verbs.
        bool checkedHeadline = headline && _verbLexicon is not null;
        bool participle = false;
        foreach (int label in output)
        {
            participle |= _xpos[label] == "VBN";
        }
        int best = -1;
        for (int k = 1; k < output.Length; k++)
        {
            int label = output[k];
            bool candidate = fullStop
                ? _xpos[label] == "VBN"
                : !participle && k + 1 < output.Length && IsTitleVerbShape(text[starts[start + k]..ends[start + k]], output, k, checkedHeadline)
                    && margins.Margins[k] <= (checkedHeadline || AgreesWithSubject(output, k) || IsLowerCaseName(text[starts[start + k]..ends[start + k]], label)
                        ? HeadlineMargin : FragmentMargin)
                    && (_verbLexicon?.IsPresentForm(text[starts[start + k]..ends[start + k]]) ?? true);
            if (candidate && _finiteTwin[label] >= 0 && FollowsSubject(output, k) && !float.IsNaN(margins.Margins[k])
                && (best < 0 || margins.Margins[k] < margins.Margins[best]))
            {
                best = k;
            }
        }
        if (best < 0)
        {
            return false;
        }
        fixedLabels[best] = _finiteTwin[output[best]];
        return true;
    }

    /// <summary>
    /// The tags a title's verb comes out with when the model misses it: a noun ("Gunmen Attack Hotel", "Protesters block
    /// highway"); with the lemmatizer to say it can be a verb, a name in a Title Case headline ("Activists in Russia
    /// Request End"), an adjective ("Taiwan and Uzbekistan Express Mutual Respect", "Dozens march in downtown
    /// demonstration": web text has "express" and "march" mostly as adjective and noun) after a subject it agrees with
    /// (<see cref="AgreesWithSubject"/>; not "John Staikos Direct Dial"), and a name written in lower
    /// case, which no name is ("Rebels in Japan declare ceasefire").
    /// </summary>
    private bool IsTitleVerbShape(ReadOnlySpan<char> word, ReadOnlySpan<int> output, int k, bool checkedHeadline) => _upos[output[k]] switch
    {
        "NOUN" => true,
        "PROPN" => checkedHeadline || IsLowerCaseName(word, output[k]),
        "ADJ" => _verbLexicon is not null && AgreesWithSubject(output, k),
        _ => false,
    };

    /// <summary>A word tagged as a name but written in lower case, which no name is; with the lemmatizer to say it can be a verb, it earns the headline's margin.</summary>
    private bool IsLowerCaseName(ReadOnlySpan<char> word, int label) =>
        _verbLexicon is not null && _upos[label] == "PROPN" && word.Length > 0 && char.IsLower(word[0]);

    /// <summary>
    /// True when the noun phrase before <paramref name="k"/> is a subject whose number the verb form its twin would be
    /// agrees with: a plural, or names joined by "and", before a bare present ("Protesters block", "Dozens march",
    /// "Taiwan and Uzbekistan Express"), a lone singular noun opening the title or after its article before one in "-s"
    /// ("Minister quits", "The plan calls for"; not "Cheap air tickets for ...", where the noun before is the
    /// compound's, nor "the Belgium attacks", a name before a noun). In a title in sentence case this agreement is the evidence that earns the headline's wider margin
    /// (<see cref="HeadlineMargin"/>), with the lemmatizer to say the word can be a verb.
    /// </summary>
    private bool AgreesWithSubject(ReadOnlySpan<int> output, int k)
    {
        // A verb's title goes on to its object or a preposition, not to a colon or a comma ("Entity Tags: ...").
        if (_verbLexicon is null || k == 0 || _finiteTwin[output[k]] < 0 || (k + 1 < output.Length && _upos[output[k + 1]] == "PUNCT"))
        {
            return false;
        }
        string subject = _xpos[output[k - 1]];
        string verb = _xpos[_finiteTwin[output[k]]];
        if (verb == "VBP")
        {
            return subject is "NNS" or "NNPS" || JoinedNames(output, k);
        }
        return verb == "VBZ" && (k == 1 ? subject is "NN" or "NNP" : subject == "NN" && _xpos[output[k - 2]] == "DT");
    }

    /// <summary>True when the names or nouns right before <paramref name="k"/> are joined by "and" ("Niue and Canada").</summary>
    private bool JoinedNames(ReadOnlySpan<int> output, int k)
    {
        for (int j = k - 1; j >= 0; j--)
        {
            if (_xpos[output[j]] == "CC")
            {
                return j < k - 1 && j > 0 && _xpos[output[j - 1]] is "NN" or "NNS" or "NNP" or "NNPS";
            }
            if (_xpos[output[j]] is not ("NN" or "NNS" or "NNP" or "NNPS"))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// "Bush demanded that the Taliban hand over al Qaeda leaders": a clause after a verb's "that" with a subject and no
    /// verb has it in the bare form (what is demanded, urged or insisted on), which the web text the tagger learned
    /// from seldom shows, so that it reads the verb as a noun of the subject ("Taliban hand"). The noun after a word
    /// that can be its subject, that the model nearly read as a verb (<see cref="HeadlineMargin"/>, or the tag dictionary
    /// fixed as a noun) and that the lemmatizer knows as a verb's present form, becomes the clause's verb; of several,
    /// the one the model was least sure of. Only with a lemmatizer to say which words can be verbs.
    /// </summary>
    private bool TakeMandatedVerb(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int start,
        ReadOnlySpan<int> output, Span<int> fixedLabels, TwinMargins margins)
    {
        if (_verbLexicon is null || _bareVerb < 0)
        {
            return false;
        }
        for (int t = 1; t + 2 < output.Length; t++)
        {
            if (_upos[output[t]] != "SCONJ" || _upos[output[t - 1]] != "VERB"
                || !text[starts[start + t]..ends[start + t]].Equals("that", StringComparison.OrdinalIgnoreCase)
                || !IsMandating(text[starts[start + t - 1]..ends[start + t - 1]]))
            {
                continue;
            }
            int end = t + 1;
            // The clause has no verb up to the sentence's end or up to where a clause of its own begins ("reveal who
            // ordered the killing"); a comma does not end it ("that poor eating habits, lack of exercise and smoking
            // raise the risk").
            while (end < output.Length && _upos[output[end]] is not ("VERB" or "AUX") && _xpos[output[end]] is not ("WDT" or "WP" or "WP$" or "WRB"))
            {
                end++;
            }
            // A verb joined by "and" is the second of two ("hand over its leaders and close the camps"): the first is missing.
            if (end < output.Length && _upos[output[end]] is "VERB" or "AUX" && _upos[output[end - 1]] != "CCONJ")
            {
                continue;
            }
            int best = -1;
            float bestMargin = float.MaxValue;
            for (int k = t + 2; k < end && k + 1 < output.Length; k++)
            {
                int label = output[k];
                // A word the tag dictionary fixed ("hand", always a noun in training) has no margin: it is taken
                // only when no word the model scored can be the verb.
                float margin = float.IsNaN(margins.Margins[k]) ? HeadlineMargin : margins.Margins[k];
                if (_upos[label] == "NOUN" && _finiteTwin[label] >= 0 && FollowsSubject(output, k) && margin <= HeadlineMargin
                    && _verbLexicon.IsPresentForm(text[starts[start + k]..ends[start + k]]) && (best < 0 || margin < bestMargin))
                {
                    best = k;
                    bestMargin = margin;
                }
            }
            if (best >= 0)
            {
                fixedLabels[best] = _bareVerb;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The verbs whose "that" clause takes a bare verb: what one demands, insists, urges, asks, proposes, recommends,
    /// suggests, requests, requires, orders, stipulates or mandates be done. Other verbs' clauses take a finite verb,
    /// which a clause without one lacks for other reasons ("Rosat notes that the state body which brought …").
    /// </summary>
    private static readonly HashSet<string> MandatingVerbs = new(StringComparer.Ordinal)
    {
        "demand", "insist", "urge", "ask", "propose", "recommend", "suggest", "request", "require", "order", "stipulate", "mandate",
    };

    /// <summary>
    /// True when verb form <paramref name="form"/> ("demanded", "urges", "insist") is of one of <see cref="MandatingVerbs"/>,
    /// read as the lemmatizer reads regular endings. It allocates, but is asked only of a verb right before "that".
    /// </summary>
    private static bool IsMandating(ReadOnlySpan<char> form)
    {
        string lower = form.ToString().ToLowerInvariant();
        return MandatingVerbs.Contains(lower) || RegularVerbForms.Bases(lower).Any(MandatingVerbs.Contains);
    }

    /// <summary>Verb forms that attribute a sentence to its source at its end ("…, officials said.").</summary>
    private static readonly HashSet<string> AttributingForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "added", "reported", "reports", "announced", "stated", "confirmed", "claimed",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AttributingLookup = AttributingForms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The end of the reported clause in a sentence that closes with its attribution ("X arrested Y, police said."):
    /// the comma after which the sentence's first finite verb is an attributing verb within a few words, when the
    /// clause before that comma has no finite verb; else 0.
    /// </summary>
    private int AttributedClauseEnd(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int start, ReadOnlySpan<int> output)
    {
        const int MaxAttributionWords = 6;
        int first = 0;
        while (first < output.Length && !_finite[output[first]])
        {
            first++;
        }
        if (first >= output.Length || !AttributingLookup.Contains(text[starts[start + first]..ends[start + first]]))
        {
            return 0;
        }
        for (int k = first - 1; k > 0 && k >= first - MaxAttributionWords; k--)
        {
            if (text[starts[start + k]..ends[start + k]] is ",")
            {
                return k;
            }
        }
        return 0;
    }

    /// <summary>
    /// In a clause with no finite verb, the past participle that follows a word that can be its subject and that the
    /// model was least sure of becomes the clause's finite verb (as in <see cref="TakeMainVerb"/> for a sentence).
    /// </summary>
    private bool TakeParticiple(ReadOnlySpan<int> clause, Span<int> fixedLabels, TwinMargins margins)
    {
        int best = -1;
        for (int k = 1; k < clause.Length; k++)
        {
            int label = clause[k];
            if (_xpos[label] == "VBN" && _finiteTwin[label] >= 0 && FollowsSubject(clause, k) && !float.IsNaN(margins.Margins[k])
                && (best < 0 || margins.Margins[k] < margins.Margins[best]))
            {
                best = k;
            }
        }
        if (best < 0)
        {
            return false;
        }
        fixedLabels[best] = _finiteTwin[clause[best]];
        return true;
    }

    /// <summary>
    /// True when word <paramref name="k"/> follows a word that can be its subject, right before it or with one adverb
    /// between ("voters narrowly rejected").
    /// </summary>
    private bool FollowsSubject(ReadOnlySpan<int> labels, int k) =>
        k > 0 && (_nominal[labels[k - 1]] || (k > 1 && _upos[labels[k - 1]] == "ADV" && _nominal[labels[k - 2]]));

    /// <summary>Tags that open a noun phrase: what may follow a past participle that is really a main verb with its object.</summary>
    private static readonly HashSet<string> PhraseOpeners = new(StringComparer.Ordinal) { "DET", "PROPN", "NOUN", "NUM", "PRON", "ADJ" };

    /// <summary>What may follow a sentence's opening participle that is really its main verb: an object, a preposition, "to", "that" or an adverb ("rescued over 700").</summary>
    private static readonly HashSet<string> VerbFollowers = new(PhraseOpeners, StringComparer.Ordinal) { "ADP", "PART", "SCONJ", "ADV" };

    /// <summary>Tags that end a main clause before a subordinate one ("as he returned", ", officials said", "who fled").</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal) { "SCONJ", "CCONJ", "PUNCT" };

    /// <summary>
    /// The main clause of "Russian police detained Navalny at an airport as he returned from Germany" has no finite
    /// verb when "detained" is read as a participle: the sentence has one ("returned"), but only in a clause of its
    /// own. A past participle that is the sentence's first verb, right after an opening noun phrase (its subject) and
    /// right before another (its object), with no finite verb after it until a subordinator, a conjunction or a mark,
    /// becomes the main clause's finite verb. An adverb may stand between the subject and the verb ("voters narrowly
    /// rejected"), and what follows the verb may be its object, a preposition ("tanks rolled into Bethlehem", "the bloc
    /// threatened on Friday to use force") or a complement ("inspectors confirmed that"). A reduced relative ("the man
    /// arrested Tuesday was released", "troops deployed in the region fired on protesters") keeps its participle: its
    /// finite verb follows before any subordinator, conjunction or mark. A short opening phrase set off by a comma ("On
    /// Friday, fishermen rescued 700 asylum seekers whose boat sank") comes before the subject (<see cref="OpeningPhraseEnd"/>).
    /// </summary>
    private bool TakeOpeningParticiple(ReadOnlySpan<int> output, Span<int> fixedLabels, TwinMargins margins)
    {
        int k = OpeningPhraseEnd(output);
        while (k < output.Length && _upos[output[k]] is not ("VERB" or "AUX"))
        {
            bool adverbBeforeVerb = _upos[output[k]] == "ADV" && k > 0 && _nominal[output[k - 1]];
            if (_upos[output[k]] is not ("DET" or "ADJ" or "NOUN" or "PROPN" or "NUM" or "PUNCT" or "PART") && !adverbBeforeVerb)
            {
                return false;
            }
            k++;
        }
        if (k == 0 || k + 1 >= output.Length || _xpos[output[k]] != "VBN" || _finiteTwin[output[k]] < 0 || !FollowsSubject(output, k)
            || float.IsNaN(margins.Margins[k]) || !VerbFollowers.Contains(_upos[output[k + 1]]))
        {
            return false;
        }
        for (int j = k + 1; j < output.Length; j++)
        {
            if (ClauseOpeners.Contains(_upos[output[j]]) || _xpos[output[j]] is "WDT" or "WP" or "WP$" or "WRB")
            {
                break;
            }
            if (_finite[output[j]])
            {
                return false;
            }
        }
        fixedLabels[k] = _finiteTwin[output[k]];
        return true;
    }

    /// <summary>
    /// Where the subject starts in a sentence that opens with a short prepositional phrase set off by a comma ("On Friday,
    /// fishermen rescued 700 people"): just after the comma; else 0.
    /// </summary>
    private int OpeningPhraseEnd(ReadOnlySpan<int> output)
    {
        const int MaxPhraseWords = 6;
        if (output.Length == 0 || _upos[output[0]] != "ADP")
        {
            return 0;
        }
        for (int k = 1; k < output.Length && k <= MaxPhraseWords; k++)
        {
            if (_xpos[output[k]] == ",")
            {
                return k + 1;
            }
            if (_upos[output[k]] is not ("DET" or "ADJ" or "NOUN" or "PROPN" or "NUM"))
            {
                return 0;
            }
        }
        return 0;
    }

    /// <summary>True when the sentence's last token, past any closing quotes and brackets, is a full stop.</summary>
    private static bool EndsWithFullStop(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int start, int count)
    {
        for (int k = count - 1; k >= 0; k--)
        {
            var form = StraightQuote(text[starts[start + k]..ends[start + k]]);
            if (form is "\"" or "'" or ")" or "]")
            {
                continue;
            }
            return form is ".";
        }
        return false;
    }

    /// <summary>
    /// True when the sentence's last token is a word, not a mark: a title or caption written in sentence case
    /// ("Saint Kitts and Nevis declares cease-fire with Australia"), read as a headline is.
    /// </summary>
    private static bool EndsInWord(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int start, int count)
    {
        var last = text[starts[start + count - 1]..ends[start + count - 1]];
        return last.Length > 0 && char.IsLetterOrDigit(last[^1]);
    }

    /// <summary>How many of <paramref name="labels"/> are finite verbs.</summary>
    internal static int CountFinite(ReadOnlySpan<int> labels, ReadOnlySpan<bool> finiteLabels)
    {
        int count = 0;
        foreach (int label in labels)
        {
            count += IsFinite(finiteLabels, label) ? 1 : 0;
        }
        return count;
    }

    private static bool IsFinite(ReadOnlySpan<bool> finiteLabels, int label) => (uint)label < (uint)finiteLabels.Length && finiteLabels[label];

    /// <summary>Loads the tagger in <paramref name="modelDirectory"/> (its <c>model.bin</c>); a missing, foreign or damaged file throws <see cref="ModelFormatException"/> naming it.</summary>
    public static PerceptronTagger Load(string modelDirectory)
    {
        ArgumentNullException.ThrowIfNull(modelDirectory);
        var path = Path.Combine(modelDirectory, ModelFile.WeightsName);
        using var reader = ModelFile.Open(path, Kind, OldestFormatVersion, FormatVersion, out int version);
        return ModelFile.ReadContent(path, reader, r =>
        {
            var labels = LabelSet.Read(r);
            foreach (var label in labels.Labels)
            {
                if (label.IndexOf('|', StringComparison.Ordinal) <= 0)
                {
                    throw new InvalidDataException($"label '{label}' is not of the form UPOS|XPOS.");
                }
            }
            var dictionary = TagDictionary.Read(r, labels.Count);
            var classes = AmbiguityClasses.Read(r);
            var model = PerceptronModel.Read(r);
            var refiner = version >= 2 && r.ReadBoolean() ? PerceptronModel.Read(r) : null;
            var cases = version >= 3 ? CaseLexicon.Read(r) : CaseLexicon.Empty;
            if (model.Classes != labels.Count || (refiner is not null && refiner.Classes != labels.Count))
            {
                throw new InvalidDataException($"the weights score {model.Classes} classes but there are {labels.Count} labels.");
            }
            return new PerceptronTagger(model, labels, dictionary, classes, refiner, cases);
        });
    }

    /// <summary>Writes <c>model.bin</c> into <paramref name="modelDirectory"/> and returns its size in bytes.</summary>
    public long Save(string modelDirectory)
    {
        ArgumentNullException.ThrowIfNull(modelDirectory);
        var path = Path.Combine(modelDirectory, ModelFile.WeightsName);
        using (var writer = ModelFile.Create(path, Kind, FileFormatVersion))
        {
            _labels.Write(writer);
            Dictionary.Write(writer);
            Classes.Write(writer);
            _model.Write(writer);
            if (FileFormatVersion >= 2)
            {
                writer.Write(_refiner is not null);
                _refiner?.Write(writer);
            }
            if (FileFormatVersion >= 3)
            {
                Cases.Write(writer);
            }
        }
        return new FileInfo(path).Length;
    }
}

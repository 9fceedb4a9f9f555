namespace Parley.Text.Tokenization;

/// <summary>
/// Finds sentence boundaries between tokens. A sentence ends at a blank line; at a line break unless the
/// next line starts in lower case (so a headline without a final period is its own sentence); and at
/// sentence-final punctuation (with the closing quotes and brackets that follow it) when the next token
/// can start a sentence. Abbreviations are the <see cref="Tokenizer"/>'s business: it leaves their period
/// on the word ("U.S. President") unless the abbreviation ends a sentence.
/// </summary>
/// <remarks>
/// With a <see cref="SentenceBoundaryModel"/>, the model has the last word on gaps inside a line (it sees the
/// rules' decision as one of its features); blank lines and line breaks are still decided by the rules.
/// A sentence is never longer than <see cref="MaxSentenceTokens"/> tokens: a longer one is cut, at a comma,
/// semicolon or colon in its second half when there is one.
/// Immutable and thread-safe.
/// </remarks>
public sealed class SentenceSplitter : IPipe
{
    private readonly SentenceBoundaryModel? _model;

    /// <summary>A rule-based splitter.</summary>
    public SentenceSplitter()
    {
    }

    /// <summary>A splitter whose decisions inside a line are made by <paramref name="model"/>.</summary>
    public SentenceSplitter(SentenceBoundaryModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
    }

    /// <summary>The model this splitter consults, or null for the rules alone.</summary>
    public SentenceBoundaryModel? Model => _model;

    /// <summary>What separates two tokens.</summary>
    internal enum Gap
    {
        /// <summary>Spaces or nothing: the two tokens are on one line.</summary>
        SameLine,
        /// <summary>One line break.</summary>
        LineBreak,
        /// <summary>A blank line (or more).</summary>
        Paragraph,
    }

    /// <inheritdoc/>
    public string Name => "sentence-splitter";

    /// <inheritdoc/>
    public Annotations Requires => Annotations.Tokens;

    /// <inheritdoc/>
    public Annotations Assigns => Annotations.Sentences;

    /// <summary>Replaces the sentence boundaries of <paramref name="doc"/>; the first token always starts a sentence.</summary>
    public void Process(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        doc.ClearSentences();
        if (doc.Count > 0)
        {
            doc.StartSentence(0);
            Span<ulong> features = stackalloc ulong[SentenceBoundaryFeatures.Count];
            int sentenceStart = 0;
            for (int i = 0; i + 1 < doc.Count; i++)
            {
                bool ends = Classify(doc, i) switch
                {
                    Gap.Paragraph => true,
                    Gap.SameLine when _model is not null => ModelDecides(doc, i, sentenceStart, features),
                    _ => RuleDecides(doc, i),
                };
                if (ends)
                {
                    doc.StartSentence(i + 1);
                    sentenceStart = i + 1;
                }
                else if (i + 1 - sentenceStart >= MaxSentenceTokens)
                {
                    sentenceStart = ForcedBreak(doc, sentenceStart, i);
                    doc.StartSentence(sentenceStart);
                }
            }
        }
        doc.Mark(Annotations.Sentences);
    }

    /// <summary>
    /// The most tokens a sentence may have. A longer run without a boundary (a list, a table flattened to text, a
    /// 50,000-word "sentence" without punctuation) is cut so that the tagger's, parser's and coder's work per
    /// sentence stays bounded: real sentences are far shorter (the longest in UD English EWT has 159 tokens).
    /// </summary>
    public const int MaxSentenceTokens = 250;

    /// <summary>
    /// Where an over-long sentence begun at <paramref name="sentenceStart"/> is cut, <paramref name="last"/> being its
    /// last token so far: after the last comma, semicolon or colon in the sentence's second half, else after
    /// <paramref name="last"/>. Returns the first token of the next sentence.
    /// </summary>
    private static int ForcedBreak(Document doc, int sentenceStart, int last)
    {
        var text = doc.Text.AsSpan();
        for (int k = last; k > sentenceStart + MaxSentenceTokens / 2; k--)
        {
            if (text[doc.Starts[k]..doc.Ends[k]] is "," or ";" or ":")
            {
                return k + 1;
            }
        }
        return last + 1;
    }

    private bool ModelDecides(Document doc, int i, int sentenceStart, Span<ulong> features)
    {
        SentenceBoundaryFeatures.Extract(doc, i, RuleDecides(doc, i), sentenceStart, features);
        return _model!.Decides(features);
    }


    /// <summary>What lies between token <paramref name="i"/> and the next.</summary>
    internal Gap Classify(Document doc, int i)
    {
        int newlines = CountNewlines(doc.Text.AsSpan(doc.Ends[i], doc.Starts[i + 1] - doc.Ends[i]));
        return newlines switch { 0 => Gap.SameLine, 1 => Gap.LineBreak, _ => Gap.Paragraph };
    }

    /// <summary>The rules' decision: true when a sentence ends after token <paramref name="i"/>.</summary>
    internal bool RuleDecides(Document doc, int i) => EndsAfter(doc.Text.AsSpan(), doc.Starts, doc.Ends, i);

    private static bool EndsAfter(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int i)
    {
        int newlines = CountNewlines(text[ends[i]..starts[i + 1]]);
        if (newlines >= 2)
        {
            return true;
        }
        bool spaced = starts[i + 1] > ends[i];
        if (spaced is false && IsCloser(text, starts, ends, i + 1))
        {
            // The closing quote or bracket belongs to this sentence; decide after it.
            return false;
        }
        int last = i;
        while (last > 0 && IsCloser(text, starts, ends, last) && starts[last] == ends[last - 1])
        {
            last--;
        }
        var lastToken = text[starts[last]..ends[last]];
        bool terminal = IsTerminal(lastToken);
        var next = text[starts[i + 1]..ends[i + 1]];
        if (newlines == 1)
        {
            return terminal || !CharKinds.IsLower(next[0]);
        }
        if (!terminal)
        {
            return false;
        }
        int first = i + 1;
        // An opening quote or bracket: judge by the word it opens.
        while (first + 1 < starts.Length && IsOpener(text[starts[first]..ends[first]]))
        {
            first++;
        }
        char c = text[starts[first]];
        bool ellipsis = lastToken.Length > 1 && lastToken[0] == '.' || lastToken is "\u2026";
        if (CharKinds.IsUpper(c))
        {
            return true;
        }
        if (ellipsis)
        {
            return false;
        }
        if (!spaced)
        {
            // Chinese and Japanese put no space after a full stop.
            return lastToken[^1] is '\u3002' or '\uFF01' or '\uFF1F';
        }
        if (last != i && CharKinds.IsLower(c))
        {
            // A quotation ending in "?" or "!" goes on in lower case: “Why now?” he asked.
            return false;
        }
        return CharKinds.IsLetter(c) || CharKinds.IsDigit(c);
    }

    private static int CountNewlines(ReadOnlySpan<char> gap)
    {
        int count = 0;
        for (int k = 0; k < gap.Length; k++)
        {
            char c = gap[k];
            if (c == '\r' && k + 1 < gap.Length && gap[k + 1] == '\n')
            {
                continue;
            }
            if (CharKinds.IsNewline(c))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Sentence-final punctuation: ".", "!", "?", runs of them ("?!", "..."), and the ellipsis character.</summary>
    private static bool IsTerminal(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (!(CharKinds.IsTerminal(c) || c == '\u2026' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\u061F' || c == '\u0964'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsCloser(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int i)
    {
        var token = text[starts[i]..ends[i]];
        return token is ")" or "]" or "}" or "\u201D" or "\u2019" or "\"" or "'" or "''" or "\u2019\u2019" or "\u00BB" or "\u203A" or ">>" or "\u300D" or "\u300F";
    }

    private static bool IsOpener(ReadOnlySpan<char> token) =>
        token is "(" or "[" or "{" or "\u201C" or "\u2018" or "\"" or "'" or "``" or "`" or "\u00AB" or "\u2039" or "<<" or "\u300C" or "\u300E"
            or "-" or "--" or "*" or "\u2022" or "\u2013" or "\u2014";
}

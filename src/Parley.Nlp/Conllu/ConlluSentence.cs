namespace Parley.Nlp.Conllu;

/// <summary>A sentence of a CoNLL-U file: its comments, words and multiword tokens.</summary>
public sealed class ConlluSentence
{
    /// <summary>1-based line number of the sentence's first line in its file.</summary>
    public int LineNumber { get; init; }
    public string? SentId { get; set; }
    /// <summary>The <c># text =</c> comment: the raw sentence.</summary>
    public string? Text { get; set; }
    /// <summary>True when a <c># newdoc</c> comment starts a new document here.</summary>
    public bool NewDocument { get; set; }
    /// <summary>True when a <c># newpar</c> comment starts a new paragraph here.</summary>
    public bool NewParagraph { get; set; }
    public List<string> Comments { get; } = [];
    public List<ConlluWord> Words { get; } = [];
    public List<ConlluMultiword> Multiwords { get; } = [];

    /// <summary>The surface tokens in order: each multiword token once, other words as themselves, as (form, space after).</summary>
    public IEnumerable<(string Form, bool SpaceAfter)> SurfaceTokens()
    {
        int m = 0;
        for (int w = 0; w < Words.Count; w++)
        {
            var word = Words[w];
            if (m < Multiwords.Count && Multiwords[m].First == word.Id)
            {
                var mwt = Multiwords[m++];
                yield return (mwt.Form, mwt.SpaceAfter);
                while (w + 1 < Words.Count && Words[w + 1].Id <= mwt.Last)
                {
                    w++;
                }
                continue;
            }
            yield return (word.Form, word.SpaceAfter);
        }
    }
}

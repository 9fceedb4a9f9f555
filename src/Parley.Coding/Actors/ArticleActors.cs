namespace Parley.Coding.Actors;

/// <summary>The actor mentions of one article, found by token.</summary>
internal sealed class ArticleActors
{
    private readonly int[] _byToken;

    public ArticleActors(int tokenCount, IReadOnlyList<ActorMention> mentions, string? storyCountry)
    {
        Mentions = mentions;
        StoryCountry = storyCountry;
        _byToken = new int[tokenCount];
        Array.Fill(_byToken, -1);
        for (int m = 0; m < mentions.Count; m++)
        {
            for (int i = mentions[m].Start; i < mentions[m].End; i++)
            {
                _byToken[i] = m;
            }
        }
    }

    public IReadOnlyList<ActorMention> Mentions { get; }

    /// <summary>The country most of the story's resolved actors belong to, or null.</summary>
    public string? StoryCountry { get; }

    /// <summary>
    /// The mentions that lie wholly inside tokens [<paramref name="start"/>, <paramref name="end"/>), in list order.
    /// The mentions are sorted by start, so this is found by binary search: its cost does not grow with the story.
    /// </summary>
    public IEnumerable<ActorMention> Within(int start, int end)
    {
        for (int m = FirstFrom(start); m < Mentions.Count && Mentions[m].Start < end; m++)
        {
            if (Mentions[m].End <= end)
            {
                yield return Mentions[m];
            }
        }
    }

    /// <summary>The index of the first mention that starts at token <paramref name="token"/> or after it (binary search).</summary>
    public int FirstFrom(int token)
    {
        int lo = 0, hi = Mentions.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Mentions[mid].Start < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    /// <summary>The mention that covers token <paramref name="token"/>, or null.</summary>
    public ActorMention? At(int token) => token >= 0 && token < _byToken.Length && _byToken[token] >= 0 ? Mentions[_byToken[token]] : null;
}

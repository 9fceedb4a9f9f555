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

    /// <summary>The mention that covers token <paramref name="token"/>, or null.</summary>
    public ActorMention? At(int token) => token >= 0 && token < _byToken.Length && _byToken[token] >= 0 ? Mentions[_byToken[token]] : null;
}

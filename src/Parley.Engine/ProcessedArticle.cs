using Parley.Storage;

namespace Parley.Engine;

/// <summary>What <see cref="ParleyEngine.ProcessInDetail"/> did with one article.</summary>
/// <param name="Outcome">Its events, or the failure with its stage and reason (as stored).</param>
/// <param name="Tokens">The tokens the language pipeline gave it (0 when annotating failed).</param>
/// <param name="Error">What stopped it, when it failed; null when it was coded.</param>
public sealed record ProcessedArticle(ArticleOutcome Outcome, int Tokens, Exception? Error);

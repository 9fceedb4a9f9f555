namespace Parley.Storage;

/// <summary>Why an article could not be coded: the pipeline stage that failed and its message.</summary>
public sealed record ArticleFailure(string Stage, string Message);

using Parley.Ingest;

namespace Parley.Coding.Tests.Golden;

/// <summary>A story as the CLI reads it and the events the shipped coder gives it, in text order.</summary>
internal sealed record CodedStory(Article Article, IReadOnlyList<EventRecord> Events);

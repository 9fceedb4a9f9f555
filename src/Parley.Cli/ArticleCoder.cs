using Parley.Coding;
using Parley.Text;

namespace Parley.Cli;

/// <summary>
/// Turns one analysed article into its events, in text order; <see cref="EventCoder.Code"/> in production.
/// Commands take a loader of these (from a dictionaries folder) so that tests can show what a command does
/// with events without depending on what the dictionaries code today.
/// </summary>
public delegate IReadOnlyList<EventRecord> ArticleCoder(Document document, string articleId, DateOnly? articleDate);

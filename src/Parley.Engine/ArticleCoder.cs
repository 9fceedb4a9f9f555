using Parley.Coding;
using Parley.Text;

namespace Parley.Engine;

/// <summary>
/// Turns one analysed article into its events, in text order; <see cref="EventCoder.Code"/> in production.
/// <see cref="EngineOptions.LoadCoder"/> takes a loader of these (from a dictionaries folder) so that tests can
/// show what a command or the server does with events without depending on what the dictionaries code today.
/// </summary>
public delegate IReadOnlyList<EventRecord> ArticleCoder(Document document, string articleId, DateOnly? articleDate);

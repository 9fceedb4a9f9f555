namespace Parley.Engine;

/// <summary>Where <see cref="ParleyEngine.Load(EngineOptions)"/> finds what it loads.</summary>
public sealed record EngineOptions
{
    /// <summary>The folder of trained models (<c>models/</c>: tagger, lemmatizer, parser, ner, sentence-splitter).</summary>
    public required string ModelsDirectory { get; init; }

    /// <summary>The folder of dictionaries (<c>dictionaries/</c>) the event coder is built from.</summary>
    public required string DictionariesDirectory { get; init; }

    /// <summary>
    /// Builds the coder from the dictionaries folder; null for the dictionary-driven <see cref="Coding.EventCoder"/>
    /// (through its own <see cref="Coding.EventCoder.Load"/>, so whatever it loads comes along). Tests give their own
    /// to show what a command or the server does with events, whatever the dictionaries code today.
    /// It may throw <see cref="Knowledge.DictionaryException"/>, <see cref="IOException"/> or
    /// <see cref="UnauthorizedAccessException"/>, which become an <see cref="EngineLoadException"/>.
    /// </summary>
    public Func<string, ArticleCoder>? LoadCoder { get; init; }
}

namespace Parley.Engine;

/// <summary>The part of the engine that could not be loaded.</summary>
public enum EngineComponent
{
    /// <summary>The dictionaries the event coder is built from.</summary>
    Dictionaries,

    /// <summary>The trained models of the language pipeline.</summary>
    Models,
}

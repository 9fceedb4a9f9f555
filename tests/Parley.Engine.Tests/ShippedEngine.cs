using Parley.Testing;

namespace Parley.Engine.Tests;

/// <summary>The engine over the shipped models and dictionaries, loaded once for all the tests that need it.</summary>
internal static class ShippedEngine
{
    private static readonly Lazy<ParleyEngine> Loaded = new(() => ParleyEngine.Load(Models, Dictionaries));

    public static string Models => RepositoryPaths.InRepo("models");

    public static string Dictionaries => RepositoryPaths.InRepo("dictionaries");

    public static ParleyEngine Engine => Loaded.Value;
}

using Parley.Engine;
using Parley.Testing;

namespace Parley.Fuzz.Tests;

/// <summary>The shipped engine, loaded once for all the fuzz tests that code (it is immutable and thread-safe).</summary>
internal static class FuzzEngine
{
    private static readonly Lazy<ParleyEngine> Shared = new(() =>
        ParleyEngine.Load(RepositoryPaths.InRepo("models"), RepositoryPaths.InRepo("dictionaries")));

    public static ParleyEngine Value => Shared.Value;
}

namespace Parley.Server.Tests;

/// <summary>The tests that share one <see cref="RunningServer"/> (they run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<RunningServer>
{
    public const string Name = "running server";
}

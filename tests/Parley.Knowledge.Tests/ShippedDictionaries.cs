using Parley.Testing;

namespace Parley.Knowledge.Tests;

/// <summary>The dictionaries in the repository's dictionaries/ folder, loaded once for all tests.</summary>
public static class ShippedDictionaries
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() => KnowledgeBase.Load(Folder));

    public static string Folder => RepositoryPaths.InRepo("dictionaries");

    public static KnowledgeBase Knowledge => Loaded.Value;
}

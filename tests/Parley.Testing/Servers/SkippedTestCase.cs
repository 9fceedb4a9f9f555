using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Parley.Testing.Servers;

/// <summary>A test case reported as skipped with a reason decided at discovery (xUnit's own skip reason comes only from the attribute).</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string reason = "";

    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedTestCase()
    {
    }

    private SkippedTestCase(IMessageSink sink, ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, string reason)
        : base(sink, options.MethodDisplayOrDefault(), options.MethodDisplayOptionsOrDefault(), testMethod)
    {
        this.reason = reason;
    }

    /// <summary>A skipped case for <paramref name="testMethod"/> when its class requires servers that are missing here; null when they are all there.</summary>
    public static SkippedTestCase? ForMissingServers(IMessageSink sink, ITestFrameworkDiscoveryOptions options, ITestMethod testMethod)
    {
        var servers = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresServersAttribute))
            .SelectMany(attribute => attribute.GetConstructorArguments().OfType<string[]>().SelectMany(names => names));
        return LocalServers.MissingReason(servers) is { } missing ? new SkippedTestCase(sink, options, testMethod, missing) : null;
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("SkipReasonForMissingServers", reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        // First: the base class may work out the skip reason while it reads the rest.
        reason = data.GetValue<string>("SkipReasonForMissingServers");
        base.Deserialize(data);
    }
}

using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Parley.Server.Api;

/// <summary>Adds to the OpenAPI document the query parameters an endpoint reads itself (<see cref="QueryParameters"/>), with their descriptions.</summary>
internal static class OpenApiParameters
{
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var declared = context.Description.ActionDescriptor.EndpointMetadata.OfType<QueryParameters>().FirstOrDefault();
        if (declared is null)
        {
            return Task.CompletedTask;
        }
        operation.Parameters ??= [];
        foreach (var (name, description) in declared.All)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Query,
                Required = false,
                Description = description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        return Task.CompletedTask;
    }
}

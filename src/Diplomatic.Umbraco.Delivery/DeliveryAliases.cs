using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Delivery;

/// <summary>
/// The content-type and property aliases of the Diplomatic content model as the Delivery API prints them: the model's
/// own constants (<see cref="DocumentTypeAliases"/>, <see cref="PropertyAliases"/>), gathered flat for front ends. The
/// model lives in an assembly without an Umbraco dependency, so the client uses it rather than a copy.
/// </summary>
public static partial class DeliveryAliases
{
    // The ContentTypes and Properties constants are generated from the model: DeliveryAliases.g.cs.
}

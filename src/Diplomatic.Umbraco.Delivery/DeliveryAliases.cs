using Diplomatic.Umbraco.ContentModel;

namespace Diplomatic.Umbraco.Delivery;

/// <summary>
/// The content-type and property aliases of the Diplomatic content model as the Delivery API prints them: the model's
/// own constants (<see cref="DocumentTypeAliases"/>, <see cref="PropertyAliases"/>), gathered flat for front ends. The
/// model lives in an assembly without an Umbraco dependency, so the client uses it rather than a copy.
/// </summary>
public static partial class DeliveryAliases
{
    // The Properties constants are generated from the model: DeliveryAliases.g.cs.

    /// <summary>Content-type aliases (the <c>contentType</c> of an item).</summary>
    public static class ContentTypes
    {
        /// <summary>The magazine (site root).</summary>
        public const string Magazine = DocumentTypeAliases.Magazine;

        /// <summary>A booklet.</summary>
        public const string Booklet = DocumentTypeAliases.Booklet;

        /// <summary>An article.</summary>
        public const string Article = DocumentTypeAliases.Article;

        /// <summary>A fact box.</summary>
        public const string FactBox = DocumentTypeAliases.FactBox;

        /// <summary>An event.</summary>
        public const string Event = DocumentTypeAliases.Event;

        /// <summary>An author.</summary>
        public const string Author = DocumentTypeAliases.Author;

        /// <summary>The authors folder.</summary>
        public const string Authors = DocumentTypeAliases.Authors;
    }
}

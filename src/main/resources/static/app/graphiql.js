// Starts GraphiQL (loaded before this script from the jar's WebJars) against the service's GraphQL endpoint.
// A file of its own rather than an inline script, so the Content-Security-Policy can forbid inline scripts.
const path = new URLSearchParams(window.location.search).get('path') || '/graphql';
const fetcher = GraphiQL.createFetcher({ url: location.origin + path });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true, headerEditorEnabled: true }));

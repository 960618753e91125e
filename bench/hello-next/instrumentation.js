// Present so that the bundler takes this (empty) hook instead of looking further up for one.
export function register() {}

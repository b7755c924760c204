// What a bundler user writes: the whole package, registered.
import '@summitline/timeline';

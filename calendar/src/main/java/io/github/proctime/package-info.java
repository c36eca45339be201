/**
 * The root package: holds only {@link io.github.proctime.ProctimeException}, the supertype of every
 * exception that proctime throws for bad input.
 */
package io.github.proctime;

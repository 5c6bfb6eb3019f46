/**
 * What a build means, instruction by instruction.
 *
 * <p>{@link dev.dlint.model.build.BuildContext} is the set of files the build can see (a directory,
 * an in-memory map, or unknown), with its .dockerignore and lookups that never leave the root.
 * {@link dev.dlint.model.build.BuildModel#of} turns a parsed Dockerfile and its context into
 * stages, the builder {@link dev.dlint.model.build.State} before every instruction (WORKDIR, USER,
 * HOME, SHELL, ARG/ENV scope as BuildKit applies it) and, on demand, what each COPY/ADD brings in
 * from the context and where it lands in the image.
 *
 * <p>What is not known statically stays unknown rather than guessed: the base image's own
 * WORKDIR, USER and ENV ({@code State.workdirSet()} tells whether a WORKDIR was given),
 * {@code --build-arg} values (an ARG without a default has a null value, and values or paths
 * using it are null too), and every file lookup when the context is unknown.
 */
package dev.dlint.model.build;

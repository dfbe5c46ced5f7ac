import { Center, Loader } from '@mantine/core';

/** While the code of the first page arrives (a lazily loaded page opened directly); it shows for a moment only. */
export function PageLoader() {
  return (
    <Center mih="60vh" aria-busy="true">
      <Loader color="pine" />
    </Center>
  );
}

/**
 * Wraps the theme's navbar item types to add the trainer-view switch
 * (`type: 'custom-trainerView'` in docusaurus.config.ts) without ejecting the navbar.
 */
import ComponentTypes from '@theme-original/NavbarItem/ComponentTypes';
import TrainerViewToggle from '@site/src/components/TrainerViewToggle';

export default {
  ...ComponentTypes,
  'custom-trainerView': TrainerViewToggle,
};
